/** The CLI's version, in a module of its own so the agent hook's small bin can name it without loading the scan command. */
export const VERSION = '0.1.0';
