from routix.cli import main

main()
