declare module 'unix-crypt-td-js' {
  /** Traditional DES crypt of the password's bytes under a two-character salt; with returnBytes, the 13 characters' codes. */
  function unixCryptTD(pw: number[], salt: number[], returnBytes: true): number[];
  export default unixCryptTD;
}
