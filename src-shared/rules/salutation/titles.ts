export interface ParsedTitles {
  professor: boolean;
  /** Title groups before the name without the professorship, honorary doctorates last. */
  preNominal: string[];
  /** Bachelor/Master-type degrees that belong after the name. */
  postNominal: string[];
  hasDoctorate: boolean;
}

const professorToken = /^(?:(?:Univ\.-|Hon\.-|apl\.)?Prof\.?|Professor(?:in)?)$/i;
const doctorToken = /^(?:Dr\.(?:-[A-Z][a-z]*\.)?|Dres\.)$/;
// Faculty and honorary qualifiers that follow "Dr.": med., rer. nat., h. c., h.c., mult., E.h.
const doctorQualifier = /^(?:[a-zäöü]+\.)+$|^E\.h\.$/;
const diplomaToken = /^Dipl\./;
const diplomaQualifier = /^\([^)]*\)$/;
const postNominalToken = /^(?:[BM]\.\s?(?:A|Sc|Eng|Ed|Mus|F\.A)\.|LL\.\s?[BM]\.?|MBA|B\.?A\.?|M\.?A\.?)$/;

const isHonorary = (group: string): boolean => /h\.\s?c\.|E\.h\./.test(group);

/**
 * Splits a title string into professorship, pre-nominal groups and post-nominal degrees, e.g.
 * `Prof. Dr. med. Dr. h. c.` → professor + ["Dr. med.", "Dr. h. c."].
 */
export function parseTitles(title: string | undefined, postNominal?: string): ParsedTitles {
  const tokens = (title ?? '').trim().split(/\s+/).filter(Boolean);
  const groups: string[] = [];
  const post: string[] = [];
  let professor = false;
  let hasDoctorate = false;
  let open: 'doctor' | 'diploma' | undefined;
  for (const token of tokens) {
    if (professorToken.test(token)) {
      professor = true;
      open = undefined;
    } else if (doctorToken.test(token)) {
      groups.push(token);
      hasDoctorate = true;
      open = 'doctor';
    } else if (open === 'doctor' && doctorQualifier.test(token)) {
      groups.push(`${groups.pop() ?? ''} ${token}`);
    } else if (diplomaToken.test(token)) {
      groups.push(token);
      open = 'diploma';
    } else if (open === 'diploma' && diplomaQualifier.test(token)) {
      groups.push(`${groups.pop() ?? ''} ${token}`);
    } else if (postNominalToken.test(token)) {
      post.push(token);
      open = undefined;
    } else {
      groups.push(token);
      open = undefined;
    }
  }
  // Honorary doctorates follow the earned degrees.
  const preNominal = [...groups.filter((g) => !isHonorary(g)), ...groups.filter(isHonorary)];
  const extra = (postNominal ?? '').trim();
  return { professor, preNominal, postNominal: extra ? [...post, extra] : post, hasDoctorate };
}
