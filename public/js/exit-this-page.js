// The quick exit. Without JavaScript the button is a plain link. With it: the page is hidden at once, the
// current history entry is replaced (so Back does not return here), and pressing Shift three times within
// five seconds exits too, with a polite hint after each press. The link is announced as a button, so Space
// activates it as Enter does, instead of scrolling the page.
const PRESSES_TO_EXIT = 3;
const WINDOW_MS = 5000;

const button = document.getElementById('exit-this-page-button');
const hint = document.getElementById('exit-this-page-hint');
let presses = 0;
let timer = null;

function showOverlay() {
  let overlay = document.getElementById('exit-this-page-overlay');
  if (!overlay) {
    overlay = document.createElement('div');
    overlay.id = 'exit-this-page-overlay';
    overlay.className = 'exit-this-page-overlay';
    overlay.textContent = 'Loading.';
    document.body.appendChild(overlay);
  }
  document.body.classList.add('exit-this-page--exiting');
}

function removeOverlay() {
  document.body.classList.remove('exit-this-page--exiting');
  const overlay = document.getElementById('exit-this-page-overlay');
  if (overlay) overlay.remove();
}

function exitPage(event) {
  if (event) event.preventDefault();
  showOverlay();
  window.location.replace(button.href);
}

function onButtonKeyDown(event) {
  if (event.key === ' ' || event.key === 'Spacebar') exitPage(event);
}

// Scroll padding keeps jumps clear of the sticky bar, but a browser does not scroll a control that is still
// partly in view when it takes focus: move the page so the focused control sits below the bar.
function keepFocusClearOfTheBar(event) {
  const bar = document.getElementById('exit-this-page');
  if (!bar || bar.contains(event.target)) return;
  const barBottom = bar.getBoundingClientRect().bottom;
  const top = event.target.getBoundingClientRect().top;
  if (top < barBottom) window.scrollBy(0, top - barBottom - 8);
}

function resetPresses() {
  presses = 0;
  clearTimeout(timer);
  timer = null;
}

function onKeyUp(event) {
  if (event.key !== 'Shift') {
    resetPresses();
    return;
  }
  presses += 1;
  if (presses >= PRESSES_TO_EXIT) {
    resetPresses();
    hint.textContent = 'Exiting this page.';
    exitPage();
    return;
  }
  const left = PRESSES_TO_EXIT - presses;
  hint.textContent = 'Shift, press ' + left + ' more ' + (left === 1 ? 'time' : 'times') + ' to exit.';
  if (!timer) {
    timer = setTimeout(() => {
      resetPresses();
      hint.textContent = 'Exit this page expired.';
    }, WINDOW_MS);
  }
}

if (button && hint) {
  document.body.classList.add('js-enabled');
  button.addEventListener('click', exitPage);
  button.addEventListener('keydown', onButtonKeyDown);
  document.addEventListener('keyup', onKeyUp, true);
  window.addEventListener('pageshow', removeOverlay);
  document.addEventListener('focusin', keepFocusClearOfTheBar);
}
