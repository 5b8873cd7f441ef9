package scanner

import "unicode"

// isXIDStart approximates Unicode's XID_Start with Go's tables: letters,
// letter numbers and Other_ID_Start, less Pattern_Syntax and
// Pattern_White_Space, less the characters that NFKC normalisation removes
// from XID_Start (checked against CPython).
func isXIDStart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	if notXIDContinue(r) || r == 0x0E33 || r == 0x0EB3 || r == 0xFF9E || r == 0xFF9F {
		return false
	}
	if !(unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)) {
		return false
	}
	return !unicode.Is(unicode.Pattern_Syntax, r) && !unicode.Is(unicode.Pattern_White_Space, r)
}

// isXIDContinue approximates Unicode's XID_Continue: XID_Start, marks,
// decimal digits, connector punctuation and Other_ID_Continue.
func isXIDContinue(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	if notXIDContinue(r) {
		return false
	}
	if !(unicode.IsLetter(r) || unicode.In(r, unicode.Nl, unicode.Other_ID_Start, unicode.Mn, unicode.Mc,
		unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)) {
		return false
	}
	return !unicode.Is(unicode.Pattern_Syntax, r) && !unicode.Is(unicode.Pattern_White_Space, r)
}

// notXIDContinue reports the characters that are letters for Go but not in
// XID_Continue (their NFKC forms are not identifier characters).
func notXIDContinue(r rune) bool {
	switch {
	case r == 0x037A, r == 0x309B, r == 0x309C, r >= 0xFC5E && r <= 0xFC63, r == 0xFDFA, r == 0xFDFB:
		return true
	case r >= 0xFE70 && r <= 0xFE7E:
		return r&1 == 0
	}
	return false
}

// isPrintable is Python's str.isprintable for one character: not in the
// categories Other (Cc, Cf, Cs, Co, Cn) or Separator (Zl, Zp, Zs), except
// for the space.
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	return unicode.IsPrint(r)
}
