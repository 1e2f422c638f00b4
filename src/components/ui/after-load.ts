/**
 * For islands: resolves once the page has loaded and the browser has a moment
 * to spare, so optional work (fetching a chart library or the search index)
 * never competes with the page's own text for the network or the processor.
 */
const IDLE_TIMEOUT_MS = 2000;

function idle(): Promise<void> {
  return new Promise((resolve) => {
    // Safari has no requestIdleCallback: a timeout is the next best moment.
    const requestIdle = window.requestIdleCallback as Window['requestIdleCallback'] | undefined;
    if (requestIdle) requestIdle(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else window.setTimeout(resolve, 1);
  });
}

export async function afterLoad(): Promise<void> {
  if (document.readyState !== 'complete') await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  await idle();
}

/** One idle moment: lets the browser paint and handle input between two pieces of work. */
export const nextIdle = idle;
