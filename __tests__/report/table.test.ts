/** Plain-text tables: column widths and alignment, checked against tables written out by hand. */
import { textTable } from '../../src/report/table.js'

describe('textTable', () => {
  it('pads every column to its widest cell, right-aligns the columns asked, and trims line ends', () => {
    const text = textTable(
      ['task', 'pass', 'note'],
      [
        ['a', '10', 'x'],
        ['long-name', '2', ''],
      ],
      [false, true, false],
    )
    expect(text.split('\n')).toEqual(['task       pass  note', '---------  ----  ----', 'a            10  x', 'long-name     2'])
  })

  it('a header alone is a header and its rule; a missing cell counts as empty', () => {
    expect(textTable(['a', 'bb'], [])).toBe('a  bb\n-  --')
    expect(textTable(['a', 'b'], [['xyz']])).toBe('a    b\n---  -\nxyz')
  })
})
