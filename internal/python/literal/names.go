package literal

import (
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// nameIndex maps upper-case character names and name aliases to code
// points. It is built on first use and only read afterwards.
var nameIndex struct {
	once sync.Once
	m    map[string]rune
	max  int // length of the longest key
}

// buildNameIndex fills nameIndex from runenames, keeping only the code points
// assigned in Unicode 14.0.0 (the names of later characters are unknown to
// Python 3.11), and from the name aliases. Hangul syllables and CJK unified
// ideographs have algorithmic names and are handled by lookupName.
func buildNameIndex() {
	m := make(map[string]rune, 40000)
	max := 0
	for _, rg := range assigned311 {
		for r := rg[0]; r <= rg[1]; r++ {
			if r >= 0xAC00 && r <= 0xD7A3 || inRanges(cjkUnified311[:], r) {
				continue
			}
			n := runenames.Name(r)
			if n == "" || n[0] == '<' {
				continue
			}
			m[n] = r
			if len(n) > max {
				max = len(n)
			}
		}
	}
	for _, a := range nameAliases311 {
		m[a.name] = a.r
		if len(a.name) > max {
			max = len(a.name)
		}
	}
	nameIndex.m = m
	nameIndex.max = max
}

// lookupName resolves the NAME of \N{NAME} as CPython 3.11's unicodedata
// does for the unicode-escape codec.
func lookupName(name string) (rune, bool) {
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		return hangulSyllable(name[len("HANGUL SYLLABLE "):])
	}
	if rest, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(rest) != 4 && len(rest) != 5 {
			return 0, false
		}
		var v rune
		for i := 0; i < len(rest); i++ {
			c := rest[i]
			switch {
			case c >= '0' && c <= '9':
				v = v<<4 | rune(c-'0')
			case c >= 'A' && c <= 'F':
				v = v<<4 | rune(c-'A'+10)
			default:
				return 0, false // lower-case hex digits are not accepted
			}
		}
		return v, inRanges(cjkUnified311[:], v)
	}
	nameIndex.once.Do(buildNameIndex)
	if len(name) > nameIndex.max {
		return 0, false
	}
	var buf [128]byte
	key := buf[:0]
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		key = append(key, c)
	}
	r, ok := nameIndex.m[string(key)]
	return r, ok
}

// The jamo short names of Hangul syllable names, as in CPython's
// unicodedata.c.
var (
	hangulL = [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// hangulSyllable resolves the part of a HANGUL SYLLABLE name after the
// prefix the way CPython does: the longest initial, then the longest medial,
// then the longest final, case-sensitively, which must use up the name.
func hangulSyllable(s string) (rune, bool) {
	l, n := longestJamo(s, hangulL[:])
	s = s[n:]
	v, n := longestJamo(s, hangulV[:])
	s = s[n:]
	t, n := longestJamo(s, hangulT[:])
	s = s[n:]
	if l < 0 || v < 0 || t < 0 || s != "" {
		return 0, false
	}
	return rune(0xAC00 + (l*len(hangulV)+v)*len(hangulT) + t), true
}

// longestJamo returns the index and length of the longest entry of column
// that s starts with, or -1, 0.
func longestJamo(s string, column []string) (int, int) {
	best, blen := -1, -1
	for i, j := range column {
		if len(j) > blen && strings.HasPrefix(s, j) {
			best, blen = i, len(j)
		}
	}
	if best < 0 {
		return -1, 0
	}
	return best, blen
}
