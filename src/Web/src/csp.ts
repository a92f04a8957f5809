// xterm.js creates <style> elements at run time, which a CSP without 'unsafe-inline' refuses. The host puts a
// per-response nonce into the page and allows styles carrying it: stamp it on every <style> when it is created
// (before insertion, or the browser ignores it). Imported first, before anything can create a style element.
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? "";

if (nonce && !nonce.startsWith("__")) {
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
    const element = create.call(this, tagName, options);
    if (tagName.toLowerCase() === "style") element.setAttribute("nonce", nonce);
    return element;
  } as typeof Document.prototype.createElement;
}

export {};
