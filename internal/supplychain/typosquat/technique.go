package typosquat

import "strings"

// Technique names the trick a look-alike name uses.
type Technique string

// The techniques, strongest evidence of intent first.
const (
	// Homoglyph: characters that look alike (I/l/1, 0/o, rn/m, vv/w,
	// Cyrillic letters) or a case change that makes them look alike.
	Homoglyph Technique = "homoglyph"
	// Transposition: two adjacent letters swapped (reqeusts).
	Transposition Technique = "transposition"
	// RepeatedLetter: a letter doubled (requestss) or a doubled letter
	// written once (urlib3).
	RepeatedLetter Technique = "repeated-letter"
	// OmittedLetter: one letter left out (reqests).
	OmittedLetter Technique = "omitted-letter"
	// InsertedLetter: one letter added (requesits).
	InsertedLetter Technique = "inserted-letter"
	// KeyboardAdjacent: one letter replaced by a neighbouring QWERTY key
	// (requesrs).
	KeyboardAdjacent Technique = "keyboard-adjacent"
	// Separator: separators added, removed or moved (typingextensions,
	// python-date-util); "-", "_" and "." alone are the same project.
	Separator Technique = "separator"
	// TokenOrder: the same words in another order (dateutil-python).
	TokenOrder Technique = "token-order"
	// Affix: a python/py/3/2 prefix or suffix added, removed or changed
	// (python3-dateutil, py-requests, requests-toolbelt2).
	Affix Technique = "affix"
	// EditDistance: one or two arbitrary letter edits.
	EditDistance Technique = "edit-distance"
	// Combination: the popular name joined to a filler word or number
	// (colorama-extra, requests2-new); with Options.AllCombinations any
	// word (django-foo), scored very low.
	Combination Technique = "combination"
)

// baseScore is the technique's weight before popularity and length.
func baseScore(t Technique, distance int) float64 {
	switch t {
	case Homoglyph:
		return 0.95
	case Transposition, RepeatedLetter:
		return 0.85
	case Separator:
		return 0.8
	case OmittedLetter, KeyboardAdjacent:
		return 0.75
	case Affix, TokenOrder:
		return 0.65
	case InsertedLetter:
		return 0.65
	case EditDistance:
		if distance <= 1 {
			return 0.6
		}
		return 0.45
	case Combination:
		return 0.5
	}
	return 0.3
}

// The QWERTY layout, one row a string; each row sits half a key to the
// right of the one above.
const (
	keyRow0 = "1234567890"
	keyRow1 = "qwertyuiop"
	keyRow2 = "asdfghjkl"
	keyRow3 = "zxcvbnm"
)

func keyPos(c byte) (row, col int, ok bool) {
	for r, s := range [...]string{keyRow0, keyRow1, keyRow2, keyRow3} {
		if i := strings.IndexByte(s, c); i >= 0 {
			return r, i, true
		}
	}
	return 0, 0, false
}

// adjacentKeys reports whether a and b are neighbouring QWERTY keys.
func adjacentKeys(a, b byte) bool {
	ra, ca, ok1 := keyPos(a)
	rb, cb, ok2 := keyPos(b)
	if !ok1 || !ok2 || a == b {
		return false
	}
	switch rb - ra {
	case 0:
		return ca-cb == 1 || cb-ca == 1
	case 1: // b is on the row below: its keys sit half a key right.
		return cb == ca || cb == ca-1
	case -1:
		return ca == cb || ca == cb-1
	}
	return false
}

// confusable maps single characters to the ASCII letter they imitate.
// Upper-case I stands for l (it is lower-cased to i by normalisation,
// which is exactly the attack); the rest are digits and common Cyrillic
// and Greek look-alikes.
func confusable(r rune) (rune, bool) {
	switch r {
	case 'I', '1', '|':
		return 'l', true
	case '0', 'O':
		return 'o', true
	case 'а':
		return 'a', true
	case 'е', 'ё':
		return 'e', true
	case 'о', 'ο':
		return 'o', true
	case 'р', 'ρ':
		return 'p', true
	case 'с', 'ϲ':
		return 'c', true
	case 'у':
		return 'y', true
	case 'х', 'χ':
		return 'x', true
	case 'і', 'ι':
		return 'i', true
	case 'ј':
		return 'j', true
	case 'ѕ':
		return 's', true
	case 'ԁ':
		return 'd', true
	case 'ɡ':
		return 'g', true
	case 'ν':
		return 'v', true
	case 'к', 'κ':
		return 'k', true
	case 'т':
		return 't', true
	case 'п':
		return 'n', true
	}
	return 0, false
}

// skeleton maps a name as written (case and all) to the form a reader
// sees: confusable characters replaced, separators unified, lower-cased,
// and the multi-letter look-alikes rn→m, vv→w, cl→d folded.
func skeleton(raw string) string {
	var b strings.Builder
	b.Grow(len(raw))
	prevSep := false
	for _, r := range raw {
		if c, ok := confusable(r); ok {
			r = c
		}
		if r == '-' || r == '_' || r == '.' {
			if !prevSep {
				b.WriteByte('-')
			}
			prevSep = true
			continue
		}
		prevSep = false
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	s := b.String()
	if strings.Contains(s, "rn") {
		s = strings.ReplaceAll(s, "rn", "m")
	}
	if strings.Contains(s, "vv") {
		s = strings.ReplaceAll(s, "vv", "w")
	}
	if strings.Contains(s, "cl") {
		s = strings.ReplaceAll(s, "cl", "d")
	}
	return s
}

// stripSeps removes separators from a normalised name.
func stripSeps(n string) string {
	if !strings.Contains(n, "-") {
		return n
	}
	return strings.ReplaceAll(n, "-", "")
}

// sortedTokens returns the name's words sorted and joined, or "" for a
// one-word name.
func sortedTokens(n string) string {
	toks := strings.Split(n, "-")
	if len(toks) < 2 {
		return ""
	}
	// Insertion sort: names have a handful of words.
	for i := 1; i < len(toks); i++ {
		for j := i; j > 0 && toks[j] < toks[j-1]; j-- {
			toks[j], toks[j-1] = toks[j-1], toks[j]
		}
	}
	return strings.Join(toks, "-")
}

// affixPrefixes and affixSuffixes are the python/py/version decorations
// attackers add to or swap on a popular name, in normalised form.
func affixPrefixes() []string {
	return []string{"python3-", "python2-", "python-", "py3-", "py2-", "py-", "python3", "python", "py3", "py"}
}

func affixSuffixes() []string {
	return []string{"-python3", "-python2", "-python", "-py3", "-py2", "-py", "python3", "python", "-3", "-2", "3", "2", "py"}
}

// minCore is the shortest core a name keeps after an affix is stripped:
// shorter cores (pytest→test, numpy→num) match far too much. A name
// spelling out "python" (python3-six) may leave a three-letter core.
const minCore = 4

// cores returns the name with at most one affix prefix and one affix
// suffix stripped, in every combination, the name itself included.
func cores(n string) []string {
	out := []string{n}
	add := func(s string) {
		s = strings.Trim(s, "-")
		if len(s) < minCore && (len(s) < 3 || !strings.Contains(n, "python")) {
			return
		}
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	var prefStripped []string
	for _, p := range affixPrefixes() {
		if strings.HasPrefix(n, p) && len(n) > len(p) {
			s := n[len(p):]
			add(s)
			prefStripped = append(prefStripped, s)
		}
	}
	for _, base := range append([]string{n}, prefStripped...) {
		for _, suf := range affixSuffixes() {
			if strings.HasSuffix(base, suf) && len(base) > len(suf) {
				rest := base[:len(base)-len(suf)]
				if isDigit(suf[len(suf)-1]) && isDigit(rest[len(rest)-1]) {
					continue // cu12 is not cu1 + "2"
				}
				add(rest)
			}
		}
	}
	return out
}

// fillerWords are words attackers glue to a popular name to make a
// plausible "extension" (colorama-extra, requests-plus).
func isFiller(w string) bool {
	switch w {
	case "extra", "extras", "extended", "ext", "plus", "pro", "lite", "light", "new", "latest",
		"update", "updated", "upgrade", "fix", "fixed", "patch", "patched", "official", "secure",
		"fast", "faster", "nightly", "stable", "better", "improved", "next", "v2", "v3", "x", "dev", "beta", "full",
		"master", "main", "tool", "tools", "lib", "libs", "module", "pkg", "package":
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
