import sanitize from 'sanitize-html';

/**
 * Message and issue bodies are stored sanitized against script injection: an allow-list of formatting tags and
 * attributes (sanitize-html's defaults plus images), with only http(s), mailto and cid URLs.
 */
const OPTIONS: sanitize.IOptions = {
  allowedTags: [...sanitize.defaults.allowedTags, 'img', 'del', 'ins', 'sup', 'sub', 'span'],
  allowedAttributes: {
    ...sanitize.defaults.allowedAttributes,
    img: ['src', 'alt', 'title', 'width', 'height'],
    '*': ['title'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'cid'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

export const sanitizeHtml = (html: string): string => sanitize(html, OPTIONS);
