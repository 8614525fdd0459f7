"""Rendering: layer specs, the local compositor, remote render providers, compliance.

Where things are:
- `spec`        TemplateSpec and its layers (relative 16:9 boxes, palette roles): stored JSON
- `content`     RenderContent: the words, cut-outs and palette swap for one render
- `sizes`       OutputSize (youtube 16:9, shorts 9:16, square 1:1) and parse_size
- `layout`      re-flow of a 16:9 spec for 9:16 and 1:1
- `compositor`  render(spec, content, size) and render_preview(spec) -> (image, PreviewTruth)
- `backgrounds`, `shapes`, `subject`, `stand_in`  the painters the compositor calls
- `fonts`, `text`, `lines`, `breaks`  faces by role and script; fitting, line breaks (CJK too),
                stroke, shadow, emphasis, emoji runs
- `contrast`    WCAG contrast; readable label colours on coloured shapes
- `truth`       what a render contains (text and face boxes, palette shares)
- `compliance`  YouTube checks on encoded bytes; the JPEG q90 delivery encoder
- `provider`    RenderProvider protocol and the local implementation (off the event loop)
"""
