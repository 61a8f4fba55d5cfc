// eld ships types for its main entry only; its `small` entry (static n-gram data) is the same API.
declare module 'eld/small' {
  import eld from 'eld';
  export { eld };
  export default eld;
}
