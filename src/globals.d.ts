/** Replaced by the build with the package version. */
declare const __VITABLE_VERSION__: string
