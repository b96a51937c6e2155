/** A promise whose failure counts as handled until someone awaits it. */
export function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** A promise, quiet as above, and the functions that settle it. */
export function pending<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: Error) => void };
  const promise = quiet(new Promise<T>((resolve, reject) => (settle = { resolve, reject })));
  return { promise, ...settle };
}
