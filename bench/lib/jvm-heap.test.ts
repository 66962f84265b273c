import { describe, expect, it } from 'vitest';
import { parseJstatGc } from './jvm-heap.ts';

// What JDK 17's `jstat -gc` prints for a G1 heap (KB).
const HEADER =
  '    S0C         S1C         S0U         S1U          EC           EU           OC           OU          MC         MU       CCSC      CCSU     YGC     YGCT     FGC    FGCT     CGC    CGCT       GCT   ';
const LINE =
  '        0.0      4096.0         0.0      4096.0      40960.0      10240.0      20480.0      15360.0    65536.0    61440.0    8192.0    7168.0      5     0.042     0      0.000     2      0.003     0.045';

describe('parseJstatGc', () => {
  it('adds survivor, eden and old generation into used and committed heap', () => {
    expect(parseJstatGc(HEADER, LINE)).toEqual({ usedMb: 29, committedMb: 64, oldUsedMb: 15, metaspaceUsedMb: 60 });
  });

  it('skips a line that is not a sample', () => {
    expect(parseJstatGc(HEADER, 'Terminated')).toBeNull();
  });

  it('names a missing column', () => {
    const header = HEADER.replace('OU', 'XX');
    expect(() => parseJstatGc(header, LINE)).toThrow(/no OU column/);
  });
});
