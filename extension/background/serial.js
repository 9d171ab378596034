// chrome.storage has no transactions: two read-modify-write cycles that
// overlap lose one write. Everything that changes a stored list or counter
// runs through this one queue, so cycles never overlap within the worker.
let serialTail = Promise.resolve();

function serially(task) {
  const run = serialTail.then(task, task);
  serialTail = run.catch(() => {});
  return run;
}
