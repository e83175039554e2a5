// Types of the Framework modules that components import; Framework provides them at run time.

declare module "observablehq:stdlib" {
  /** A file of the site, registered by Framework at build time. */
  export interface FileAttachmentHandle {
    readonly name: string;
    /** Absolute URL of the file in the built site. */
    readonly href: string;
    url(): Promise<string>;
    json(): Promise<unknown>;
    text(): Promise<string>;
    arrayBuffer(): Promise<ArrayBuffer>;
  }

  /** Returns the file at `name`, relative to the calling module; the name must be a string literal. */
  export function FileAttachment(name: string): FileAttachmentHandle;
}
