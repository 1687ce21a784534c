/** A content feature: one file, one `init(signal)`; the signal aborts it (page hide, extension update). */
export interface ContentFeature {
  id: string;
  init(signal: AbortSignal): void | Promise<void>;
}
