import { describe, expect, it } from 'vitest';
import { parseHocr } from '../../src-main/core/analysis/hocr';

// As Tesseract 5 writes it (shortened): line titles in double quotes, word titles in single quotes.
const hocr = `<div class='ocr_page' id='page_1' title='image "unknown"; bbox 0 0 2481 3508; ppageno 0'>
 <div class='ocr_carea' id='block_1_1' title="bbox 68 286 2206 3195">
  <p class='ocr_par' id='par_1_1' lang='deu' title="bbox 88 286 2206 2461">
   <span class='ocr_header' id='line_1_1' title="bbox 362 286 1193 347; baseline 0.024 -19; x_size 56">
    <span class='ocrx_word' id='word_1_1' title='bbox 362 286 638 335; x_wconf 93'>Finanzamt</span>
    <span class='ocrx_word' id='word_1_2' title='bbox 657 291 1193 347; x_wconf 90'>Bielefeld-Innenstadt</span>
   </span>
   <span class='ocr_line' id='line_1_2' title="bbox 359 355 801 390; baseline 0 -10; x_size 31">
    <span class='ocrx_word' id='word_1_3' title='bbox 359 355 507 383; x_wconf 64'>M&amp;S <strong>GmbH</strong></span>
    <span class='ocrx_word' id='word_1_4' title='bbox 516 360 551 384; x_wconf 38'>&quot;&#39;&lt;&#x2013;&gt;</span>
    <span class='ocrx_word' id='word_1_5' title='bbox 560 360 570 384; x_wconf 10'> </span>
   </span>
  </p>
 </div>
</div>`;

describe('hOCR reading', () => {
  it('returns every kind of text line with its words, boxes, confidences and baseline', () => {
    const lines = parseHocr(hocr);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.bbox).toEqual({ x0: 362, y0: 286, x1: 1193, y1: 347 });
    // Baseline: offset from the box's bottom at its left edge, then the slope across the box.
    expect(lines[0]?.baseline.x0).toBe(362);
    expect(lines[0]?.baseline.y0).toBe(328);
    expect(lines[0]?.baseline.y1).toBeCloseTo(347.94, 2);
    expect(lines[0]?.words.map((word) => [word.text, word.confidence])).toEqual([
      ['Finanzamt', 93],
      ['Bielefeld-Innenstadt', 90],
    ]);
  });

  it('decodes entities, drops markup inside a word and skips empty words', () => {
    const words = parseHocr(hocr)[1]?.words ?? [];
    expect(words.map((word) => word.text)).toEqual(['M&S GmbH', `"'<–>`]);
    expect(words[1]?.bbox).toEqual({ x0: 516, y0: 360, x1: 551, y1: 384 });
  });

  it('gives nothing for empty or foreign input', () => {
    expect(parseHocr('')).toEqual([]);
    expect(parseHocr('<html><body>kein hOCR</body></html>')).toEqual([]);
  });
});
