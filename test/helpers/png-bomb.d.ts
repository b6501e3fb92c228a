/** A 1×1 grey PNG whose pixel data inflates to `inflated` bytes. */
export function pngBomb(inflated: number): Buffer;
