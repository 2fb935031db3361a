/** The one stylesheet, served as /assets/style.css (the CSP forbids inline styles). */
export const STYLE_CSS = `
:root { --ink: #1b1f24; --muted: #4d5560; --line: #d3d8de; --bg: #fbfbfa; --panel: #ffffff; --accent: #1f4fa3;
  --focus: #c2410c; --mark: #ffe88a; --evidence: #dbe8ff; --bad: #9f1d1d; --good: #14602c; }
* { box-sizing: border-box; }
html { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
body { margin: 0; }
a { color: var(--accent); text-underline-offset: 2px; }
a:visited { color: #5b3a9e; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
main:focus { outline: none; }
.skip { position: absolute; left: 0.5rem; top: -3rem; background: var(--ink); color: #fff; padding: 0.5rem 1rem; z-index: 10; }
.skip:focus { top: 0.5rem; color: #fff; }
header.site { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; justify-content: space-between;
  padding: 0.6rem 1.5rem; background: #14213d; color: #fff; }
header.site nav { display: flex; align-items: center; gap: 1.25rem; flex-wrap: wrap; }
header.site ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
header.site a { color: #fff; text-decoration: none; padding: 0.2rem 0; }
header.site a:hover { text-decoration: underline; }
header.site a[aria-current="page"] { border-bottom: 3px solid #ffd166; }
header.site .brand { font-weight: 700; font-size: 1.15rem; letter-spacing: 0.02em; }
header.site :focus-visible { outline-color: #ffd166; }
form.search { display: flex; gap: 0.4rem; align-items: center; }
form.search label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
input, select, button { font: inherit; }
input, select { padding: 0.3rem 0.5rem; border: 1px solid #8a939e; border-radius: 4px; background: #fff; color: var(--ink); }
button { padding: 0.3rem 0.9rem; border: 1px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
button.danger { background: #fff; color: var(--bad); border-color: var(--bad); }
header.site button { background: #ffd166; color: #14213d; border-color: #ffd166; }
main { max-width: 72rem; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; }
footer.site { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; color: var(--muted); border-top: 1px solid var(--line); font-size: 0.9rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
.lead, .muted { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.75rem; margin: 1rem 0; padding: 0; list-style: none; }
.cards li { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem 1rem; }
.cards a { display: block; text-decoration: none; }
.cards a:hover .label { text-decoration: underline; }
.cards .n { display: block; font-size: 1.9rem; font-weight: 700; color: var(--ink); }
.cards .label { text-decoration: underline; }
.cards .muted { display: block; font-size: 0.9rem; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.9rem 1.1rem; margin: 0.75rem 0; }
table { border-collapse: collapse; width: 100%; background: var(--panel); }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
caption { text-align: left; caption-side: top; padding: 0.3rem 0; }
.nowrap { white-space: nowrap; }
th { background: #eef1f4; font-weight: 600; }
.table-wrap { overflow-x: auto; }
mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
mark.evidence { background: var(--evidence); padding: 0; }
a.mention { color: inherit; }
a.mention mark { background: var(--mark); text-decoration: underline; text-decoration-color: var(--accent); }
mark.evidence:target { background: #ffd8a8; outline: 2px solid var(--focus); -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.event-link { font: 0.75rem system-ui, sans-serif; vertical-align: super; margin: 0 0.2rem; }
blockquote { margin: 0.4rem 0; padding: 0.4rem 0.9rem; border-left: 4px solid #9bb3d9; background: #f4f7fb; overflow-wrap: anywhere; }
.doc-layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(14rem, 1fr); gap: 1.5rem; }
@media (max-width: 50rem) { .doc-layout { grid-template-columns: 1fr; } }
.doc-text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
  padding: 1rem 1.25rem; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.7; max-width: 46rem; }
.meta { color: var(--muted); margin: 0 0 1rem; overflow-wrap: anywhere; }
.meta span + span::before { content: " · "; }
.badge { display: inline-block; font-size: 0.8rem; padding: 0 0.45rem; border-radius: 999px; border: 1px solid currentColor; }
.certainty-confirmed { color: var(--good); }
.certainty-reported { color: #1f4fa3; }
.certainty-alleged { color: #8a4b00; }
.certainty-denied, .certainty-other { color: var(--bad); }
.badge.corrected { color: #6b3fa0; font-size: 0.75rem; }
.badge.accepted { color: var(--good); font-size: 0.75rem; }
.undated { font-style: italic; }
details.corrections { margin: 0.5rem 0 1rem; }
details.corrections form { margin: 0.35rem 0; }
.event { border-left: 4px solid #9bb3d9; padding: 0.1rem 0 0.1rem 1rem; margin: 1.25rem 0; }
.event:target { border-left-color: var(--focus); }
.event h3 { margin-top: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.4rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
ul.sources { list-style: none; padding: 0; }
ul.sources li { margin: 0.6rem 0; }
form.inline { display: flex; flex-wrap: wrap; gap: 0.5rem 0.9rem; align-items: end; margin: 0.75rem 0; }
form.inline label { display: flex; flex-direction: column; font-size: 0.9rem; color: var(--muted); gap: 0.15rem; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
@media (max-width: 50rem) { .pair { grid-template-columns: 1fr; } }
.pair > section { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; min-width: 0; }
.pair h3 { margin-top: 0; }
.review-item { border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 1rem 0; background: #f6f7f9; }
.review-item h3 { margin-top: 0; }
.actions { display: flex; gap: 0.75rem; flex-wrap: wrap; margin-top: 0.75rem; }
.actions form { margin: 0; }
.notice { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; border-left: 4px solid var(--good); background: #eaf6ee; padding: 0.6rem 1rem; }
.notice p, .notice form { margin: 0; }
.error { border-left: 4px solid var(--bad); background: #fbecec; padding: 0.6rem 1rem; }
figure.chart { margin: 1rem 0; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem; }
figure.chart { overflow-x: auto; }
figure.chart > svg { width: 100%; min-width: 46rem; height: auto; display: block; }
figcaption { color: var(--muted); font-size: 0.95rem; margin-bottom: 0.4rem; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg .axis { stroke: #6b7480; stroke-width: 1; }
svg .grid { stroke: #e3e7eb; stroke-width: 1; }
svg .lag { fill: #f2a65a; }
svg .occurred { stroke: #fff; stroke-width: 1; }
svg .disclosed { fill: #c2410c; }
svg a:focus-visible { outline: none; }
svg a:focus-visible .occurred, svg a:hover .occurred { fill: var(--focus); stroke: #000; stroke-width: 2; }
svg a:focus-visible text, svg a:hover text { text-decoration: underline; }
svg .bar:hover { opacity: 0.8; }
.t0 { fill: #1f4fa3; } .t1 { fill: #c2410c; } .t2 { fill: #14602c; } .t3 { fill: #7b2d8b; } .t4 { fill: #8a6d00; }
.t5 { fill: #0e7c86; } .t6 { fill: #9f1d1d; } .t7 { fill: #4d5560; } .t8 { fill: #d1477a; }
.legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; list-style: none; padding: 0; margin: 0.5rem 0; font-size: 0.9rem; }
figure.chart .legend svg { display: inline-block; width: 0.9rem; height: 0.9rem; vertical-align: -0.1rem; margin-right: 0.3rem; }
.chart-detail { min-height: 1.6rem; margin: 0.4rem 0; color: var(--muted); font-size: 0.95rem; }
aside h2:first-child { margin-top: 0; }
details summary { cursor: pointer; color: var(--accent); }
.names { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; padding: 0; }
.names li { background: #eef1f4; border-radius: 4px; padding: 0.1rem 0.5rem; }
`;
