// Runs in the page's own world (manifest "world": "MAIN"), before the page's
// scripts. A page may create an <input type=file>, never put it in the
// document and click it (Gemini does, research S10); the change event of such
// an input reaches no window listener, so files.js could not hold the file.
// Clicking or opening the picker of a detached file input first puts it in a
// hidden holder, and the user's pick then passes window like any other.
// Nothing here reads files or talks to the extension.
(() => {
  const holderName = "pv-file-inputs";
  const adopt = (input) => {
    if (!(input instanceof HTMLInputElement) || input.type !== "file" || input.isConnected) return;
    let holder = document.querySelector(holderName);
    if (!holder) {
      holder = document.createElement(holderName);
      holder.hidden = true;
      holder.style.display = "none";
      (document.body ?? document.documentElement).append(holder);
    }
    holder.append(input);
  };
  for (const name of ["click", "showPicker"]) {
    const original = HTMLInputElement.prototype[name];
    if (typeof original !== "function") continue;
    Object.defineProperty(HTMLInputElement.prototype, name, {
      configurable: true,
      writable: true,
      value: {
        [name]() {
          adopt(this);
          return original.apply(this, arguments);
        },
      }[name],
    });
  }
})();
