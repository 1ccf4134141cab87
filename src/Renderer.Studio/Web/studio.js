// Renderer Studio: the page. The server keeps the scene compiled and draws frames on demand; this script keeps the
// playhead, asks for the frame under it (one request in flight, always for the newest wish), and listens for
// recompiles (server-sent events). Plain modern JS, no build step.

const $ = (id) => document.getElementById(id);
const el = {
  canvas: $('frame'), boxes: $('boxes'), frameBox: $('frame-box'), placeholder: $('placeholder'),
  status: $('status'), sceneTitle: $('scene-title'), problems: $('problems'), problemsTitle: $('problems-title'),
  problemList: $('problem-list'), source: $('source'), play: $('play'), time: $('time'), frameNumber: $('frame-number'),
  slideLabel: $('slide-label'), timeline: $('timeline'), slides: $('slides'), playhead: $('playhead'), caption: $('caption'),
  previewWidth: $('preview-width'), quality: $('quality'), render: $('render'), cancelRender: $('cancel-render'),
  renderProgress: $('render-progress'), renderStatus: $('render-status'), renderLink: $('render-link'),
};
const context = el.canvas.getContext('2d');

const studio = {
  outline: null,      // the good version's outline (slides, frames, sizes)
  version: 0,         // the good version frames come from
  ok: true,           // the latest compile attempt succeeded
  problems: [],       // its errors, or the good version's warnings
  frame: 0,           // the playhead
  playing: false,
  // What the canvas shows, and when it was drawn into it (ms since the epoch): read by tests and tools/studio-bench.sh,
  // which also listen for the 'studio-painted' event.
  painted: { frame: -1, version: 0, at: 0 },
  seek: (frame) => seek(frame),
  renders: [],        // every render event received, oldest first
};
window.studio = studio;

// ---- frames -----------------------------------------------------------------------------------------------------

let inFlight = false;
let wanted = false;

function requestFrame() {
  wanted = true;
  pump();
}

async function pump() {
  if (inFlight || !wanted || !studio.outline || studio.version === 0) return;
  wanted = false;
  inFlight = true;
  const frame = studio.frame;
  try {
    const response = await fetch(`/api/frame/${frame}?width=${el.previewWidth.value}`);
    if (response.ok) {
      const version = Number(response.headers.get('X-Scene-Version'));
      const bitmap = await createImageBitmap(await response.blob());
      paint(bitmap, frame, version);
    } else if (response.status !== 404) {
      wanted = true; // e.g. the scene was being replaced; ask again
    }
  } catch {
    // the server went away: the event stream reports it
  } finally {
    inFlight = false;
    if (wanted) pump();
  }
}

function paint(bitmap, frame, version) {
  if (el.canvas.width !== bitmap.width || el.canvas.height !== bitmap.height) {
    el.canvas.width = bitmap.width;
    el.canvas.height = bitmap.height;
  }
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  el.placeholder.hidden = true;
  drawBoxes();
  // The canvas holds the new frame from here on; the browser shows it at its next display refresh.
  studio.painted = { frame, version, at: performance.timeOrigin + performance.now() };
  el.canvas.dataset.frame = String(frame);
  el.canvas.dataset.version = String(version);
  window.dispatchEvent(new CustomEvent('studio-painted', { detail: studio.painted }));
}

// ---- playhead ---------------------------------------------------------------------------------------------------

function seek(frame) {
  if (!studio.outline) return;
  const last = studio.outline.frameCount - 1;
  studio.frame = Math.max(0, Math.min(last, Math.round(frame)));
  showPlayhead();
  requestFrame();
}

function slideAt(frame) {
  const slides = studio.outline.slides;
  return slides.find((s) => frame <= s.lastFrame) ?? slides[slides.length - 1];
}

// Titles and captions may hold inline $maths$; the timeline is plain text, so show the maths' source without its dollars.
function plain(text) {
  return (text ?? '').replace(/\\\$/g, '\u0000').replace(/\$/g, '').replace(/\u0000/g, '$');
}

function formatTime(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds - m * 60;
  return `${m}:${s.toFixed(2).padStart(5, '0')}`;
}

function showPlayhead() {
  const o = studio.outline;
  if (!o) return;
  const f = studio.frame;
  el.playhead.style.left = `${(100 * (f + 0.5)) / o.frameCount}%`;
  el.timeline.setAttribute('aria-valuemax', String(o.frameCount - 1));
  el.timeline.setAttribute('aria-valuenow', String(f));
  el.time.textContent = `${formatTime(f / o.fps)} / ${formatTime(o.frameCount / o.fps)}`;
  el.frameNumber.textContent = `frame ${f} of ${o.frameCount}`;
  const slide = slideAt(f);
  el.slideLabel.textContent = `Slide ${slide.number}/${o.slides.length}: ${slide.title ? plain(slide.title) : '(no title)'}`;
  el.slideLabel.dataset.slide = String(slide.number);
  el.caption.textContent = plain(slide.caption);
  for (const node of el.slides.children) node.classList.toggle('current', Number(node.dataset.number) === slide.number);
  drawBoxes();
}

function stepSlide(direction) {
  const o = studio.outline;
  if (!o) return;
  const slide = slideAt(studio.frame);
  if (direction < 0) {
    // Like a media player: back to this slide's start, or to the previous slide's if already there.
    const target = studio.frame > slide.startFrame ? slide : o.slides[Math.max(0, slide.number - 2)];
    seek(target.startFrame);
  } else if (slide.number < o.slides.length) {
    seek(o.slides[slide.number].startFrame);
  } else {
    seek(o.frameCount - 1);
  }
}

// ---- playback ---------------------------------------------------------------------------------------------------

let playStart = 0; // performance.now() at which frame 0 would have shown

function play() {
  const o = studio.outline;
  if (!o) return;
  if (studio.frame >= o.frameCount - 1) studio.frame = 0;
  studio.playing = true;
  playStart = performance.now() - (studio.frame / o.fps) * 1000;
  el.play.textContent = '❚❚';
  el.play.setAttribute('aria-label', 'Pause');
  requestAnimationFrame(tick);
}

function pause() {
  studio.playing = false;
  el.play.textContent = '▶';
  el.play.setAttribute('aria-label', 'Play');
}

function tick(now) {
  if (!studio.playing || !studio.outline) return;
  // Time-based: when frames take longer to draw than the video's rate, some are skipped, never slowed down.
  const frame = Math.floor(((now - playStart) / 1000) * studio.outline.fps);
  if (frame >= studio.outline.frameCount) {
    seek(studio.outline.frameCount - 1);
    pause();
    return;
  }
  if (frame !== studio.frame) seek(frame);
  requestAnimationFrame(tick);
}

// ---- timeline ---------------------------------------------------------------------------------------------------

function buildTimeline() {
  const o = studio.outline;
  el.slides.replaceChildren(...o.slides.map((s) => {
    const node = document.createElement('div');
    node.className = 'slide';
    node.dataset.number = String(s.number);
    node.style.flex = `${s.frameCount} 0 0px`;
    node.title = `${s.number}. ${s.title ? plain(s.title) : '(no title)'} — ${formatTime(s.startFrame / o.fps)}, ${s.frameCount} frames\n${plain(s.caption)}`;
    const name = document.createElement('div');
    name.className = 'name';
    name.textContent = `${s.number}. ${plain(s.title)}`;
    const cap = document.createElement('div');
    cap.className = 'cap';
    cap.textContent = plain(s.caption);
    node.append(name, cap);
    return node;
  }));
  el.sceneTitle.textContent = o.title;
  el.frameBox.style.setProperty('--aspect', String(o.width / o.height));
  el.boxes.setAttribute('viewBox', `0 0 ${o.designWidth} ${o.designHeight}`);
}

function frameAtPointer(event) {
  const rect = el.timeline.getBoundingClientRect();
  const x = Math.max(0, Math.min(rect.width - 1e-6, event.clientX - rect.left));
  return Math.floor((x / rect.width) * studio.outline.frameCount);
}

el.timeline.addEventListener('pointerdown', (event) => {
  if (!studio.outline) return;
  pause();
  el.timeline.setPointerCapture(event.pointerId);
  seek(frameAtPointer(event));
});
el.timeline.addEventListener('pointermove', (event) => {
  if (studio.outline && el.timeline.hasPointerCapture(event.pointerId)) seek(frameAtPointer(event));
});

// ---- keyboard ---------------------------------------------------------------------------------------------------

document.addEventListener('keydown', (event) => {
  if (!studio.outline || event.target instanceof HTMLSelectElement || event.ctrlKey || event.metaKey || event.altKey) return;
  const fps = studio.outline.fps;
  const step = event.shiftKey ? fps : 1;
  switch (event.key) {
    case 'ArrowLeft': pause(); seek(studio.frame - step); break;
    case 'ArrowRight': pause(); seek(studio.frame + step); break;
    case 'ArrowUp': case 'PageUp': pause(); stepSlide(-1); break;
    case 'ArrowDown': case 'PageDown': pause(); stepSlide(1); break;
    case 'Home': pause(); seek(0); break;
    case 'End': pause(); seek(studio.outline.frameCount - 1); break;
    case ' ': if (studio.playing) pause(); else play(); break;
    default: return;
  }
  event.preventDefault();
});
el.play.addEventListener('click', () => (studio.playing ? pause() : play()));
el.previewWidth.addEventListener('change', requestFrame);

// ---- problems ---------------------------------------------------------------------------------------------------

function where(p) {
  if (!p.file) return '';
  return p.line ? `${p.file}:${p.line}:${p.column ?? 1}: ` : `${p.file}: `;
}

// Errors always show in full; warnings start as a one-line bar (they would cover the captions) that opens on a click.
let warningsOpen = false;
el.problemsTitle.addEventListener('click', () => {
  warningsOpen = !warningsOpen;
  showProblems();
});

function showProblems() {
  const problems = studio.problems;
  el.problems.hidden = problems.length === 0;
  if (problems.length === 0) {
    // No stale "2 errors" left in the hidden panel (assistive technology and tests still read it).
    el.problemsTitle.textContent = '';
    el.problemList.replaceChildren();
    return;
  }
  const errors = problems.filter((p) => p.severity === 'Error').length;
  el.problems.classList.toggle('warnings', errors === 0);
  el.problems.classList.toggle('collapsed', errors === 0 && !warningsOpen);
  el.problemsTitle.textContent = errors > 0
    ? `${errors} error${errors === 1 ? '' : 's'}${studio.version > 0 ? ' — showing the last good frame' : ''}`
    : `${problems.length} warning${problems.length === 1 ? '' : 's'} ${warningsOpen ? '▾' : '▸'}`;
  el.problemList.replaceChildren(...problems.map((p) => {
    const item = document.createElement('li');
    const place = document.createElement('span');
    place.className = 'where';
    place.textContent = where(p);
    item.append(place, `${p.severity === 'Error' ? 'error' : 'warning'}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
    if (p.frame !== undefined && p.frame !== null) {
      // Jump to where the problem shows.
      item.classList.add('seekable');
      item.title = `show frame ${p.frame}`;
      item.addEventListener('click', () => { pause(); seek(p.frame); });
    }
    return item;
  }));
  showSource(problems.find((p) => p.severity === 'Error' && p.file && p.line));
}

let sourceRequest = 0;

// A few lines of the file around the first error, from the scene's folder.
async function showSource(problem) {
  const request = ++sourceRequest;
  el.source.hidden = true;
  if (!problem) return;
  const name = problem.file.split(/[\\/]/).pop();
  try {
    const response = await fetch(`/files/${encodeURIComponent(name)}`);
    if (!response.ok || request !== sourceRequest) return;
    const lines = (await response.text()).split('\n');
    const first = Math.max(1, problem.line - 2);
    const last = Math.min(lines.length, problem.line + 2);
    const nodes = [];
    for (let n = first; n <= last; n++) {
      const line = document.createElement('span');
      if (n === problem.line) line.className = 'hit';
      line.textContent = `${String(n).padStart(4)} | ${lines[n - 1]}`;
      nodes.push(line, '\n');
    }
    el.source.replaceChildren(...nodes);
    el.source.hidden = false;
  } catch {
    // no snippet, the message still says where
  }
}

// Boxes that problems point at (e.g. two elements' ink that overlaps), outlined on the frame in design units while
// the playhead is on their slide, numbered as in the list.
function drawBoxes() {
  const ns = 'http://www.w3.org/2000/svg';
  const nodes = [];
  if (studio.outline) {
    const slide = slideAt(studio.frame).number;
    studio.problems.forEach((p, i) => {
      if (p.slide && p.slide !== slide) return;
      const kind = p.severity === 'Error' ? 'error' : 'warning';
      for (const box of p.boxes ?? []) {
        const rect = document.createElementNS(ns, 'rect');
        rect.setAttribute('class', kind);
        rect.setAttribute('x', box.x);
        rect.setAttribute('y', box.y);
        rect.setAttribute('width', box.width);
        rect.setAttribute('height', box.height);
        const title = document.createElementNS(ns, 'title');
        title.textContent = `${where(p)}${p.message}`;
        rect.append(title);
        const label = document.createElementNS(ns, 'text');
        label.setAttribute('class', kind);
        label.setAttribute('x', box.x + 4);
        label.setAttribute('y', box.y - 6);
        label.textContent = String(i + 1);
        nodes.push(rect, label);
      }
    });
  }
  el.boxes.replaceChildren(...nodes);
}

// ---- state from the server --------------------------------------------------------------------------------------

function onState(state) {
  const outlineChanged = JSON.stringify(state.outline) !== JSON.stringify(studio.outline);
  studio.ok = state.ok;
  studio.problems = state.problems ?? [];
  if (state.outline) {
    studio.outline = state.outline;
    if (outlineChanged) buildTimeline();
    studio.frame = Math.min(studio.frame, state.outline.frameCount - 1); // keep the playhead
  }
  el.placeholder.textContent = state.revision === 0 ? 'compiling…' : state.ok ? 'drawing the frame…' : 'no frame yet: fix the errors below and save';
  if (studio.version === 0 && state.version === 0) el.placeholder.hidden = false;
  el.status.classList.toggle('error', !state.ok);
  el.status.textContent = state.revision === 0 ? 'compiling…'
    : state.ok ? `compiled in ${Math.round(state.compileMilliseconds)} ms (version ${state.version})${state.linting ? ', checking the layout…' : ''}`
    : `does not compile (${studio.problems.length} error${studio.problems.length === 1 ? '' : 's'})`;
  showProblems();
  showPlayhead();
  if (state.version !== studio.version) {
    studio.version = state.version;
    requestFrame();
  }
}

function onRender(job) {
  studio.renders.push(job);
  const running = job.state === 'running';
  el.render.disabled = running;
  el.cancelRender.hidden = !running;
  el.renderProgress.hidden = !running;
  el.renderProgress.value = job.totalFrames > 0 ? job.framesDone / job.totalFrames : 0;
  el.renderLink.hidden = job.state !== 'done';
  if (job.state === 'done') {
    el.renderLink.href = job.video;
    el.renderLink.textContent = job.videoName;
  }
  el.renderStatus.textContent =
    running ? (job.totalFrames > 0 ? `rendering ${job.framesDone}/${job.totalFrames} (${job.framesPerSecond.toFixed(1)} fps)` : 'rendering: compiling…')
    : job.state === 'done' ? `rendered ${job.framesDone} frames:`
    : job.state === 'cancelled' ? 'render cancelled'
    : `render failed: ${(job.problems ?? []).map((p) => `${where(p)}${p.message}`).join('; ')}`;
  el.renderStatus.dataset.state = job.state;
}

el.render.addEventListener('click', async () => {
  el.render.disabled = true;
  const response = await fetch('/api/render', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Renderer-Studio': '1' },
    body: JSON.stringify({ quality: el.quality.value }),
  });
  if (!response.ok) {
    el.render.disabled = false;
    el.renderStatus.textContent = (await response.json().catch(() => ({ error: response.statusText }))).error;
  }
});
el.cancelRender.addEventListener('click', () => fetch('/api/render/cancel', { method: 'POST', headers: { 'X-Renderer-Studio': '1' } }));

const events = new EventSource('/api/events');
events.addEventListener('state', (event) => onState(JSON.parse(event.data)));
events.addEventListener('render', (event) => onRender(JSON.parse(event.data)));
events.addEventListener('error', () => {
  el.status.classList.add('error');
  el.status.textContent = 'disconnected: is `renderer studio` still running? (reconnecting…)';
});
