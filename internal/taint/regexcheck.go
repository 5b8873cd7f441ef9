package taint

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
)

// maxPatternLen bounds the patterns patternClasses reads; a longer one
// validates nothing.
const maxPatternLen = 512

// patternClasses returns the classes a full match of the regular
// expression pattern makes a string safe for: when every string the
// pattern matches is made of letters, digits and "_-." (or a subset), it
// holds no quote, space, shell, SQL, HTML, LDAP or header metacharacter;
// without ".", no path component either (".." cannot be spelled). A
// pattern krait cannot read, or that admits any other character,
// validates nothing (0). Python patterns are read with Go's syntax, which
// agrees with Python's for the character classes and repetitions this
// accepts.
func patternClasses(pattern string) Class {
	if len(pattern) > maxPatternLen {
		return 0
	}
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return 0
	}
	dot := false
	if !safeRegexp(re, &dot, 0) {
		return 0
	}
	c := CommandInjection | SQLInjection | XSS | LDAPInjection | XPathInjection | HeaderInjection | LogInjection | TemplateInjection | CodeInjection
	if !dot {
		c |= PathTraversal
	}
	return c
}

// safeRunes are the characters a validating pattern may admit.
func safeRune(r rune) bool {
	return r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '.')
}

func safeRegexp(re *syntax.Regexp, dot *bool, depth int) bool {
	if depth > 64 {
		return false
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if !safeRune(r) || re.Flags&syntax.FoldCase != 0 && !safeRune(unicode.SimpleFold(r)) {
				return false
			}
			*dot = *dot || r == '.'
		}
		return true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > 128 {
				return false
			}
			for r := lo; r <= hi; r++ {
				if !safeRune(r) {
					return false
				}
				*dot = *dot || r == '.'
			}
		}
		return true
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat, syntax.OpConcat, syntax.OpAlternate:
		for _, s := range re.Sub {
			if !safeRegexp(s, dot, depth+1) {
				return false
			}
		}
		return true
	}
	return false // any character, or what this does not read
}

// pythonEscape matches Python's \uXXXX and \UXXXXXXXX pattern escapes,
// which Go spells \x{...}.
var pythonEscape = regexp.MustCompile(`\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})`)

// replacesLineBreaks reports whether re.sub(pattern, repl, s) leaves no
// CR or LF in s: pattern matches each of them on its own (a class of
// control characters, [\r\n], \s ...) and repl holds neither.
func replacesLineBreaks(pattern, repl string) bool {
	if len(pattern) > maxPatternLen || strings.ContainsAny(repl, "\r\n") || strings.Contains(repl, "\\") {
		return false
	}
	goPattern := pythonEscape.ReplaceAllString(pattern, `\x{$1$2}`)
	re, err := regexp.Compile(`\A(?:` + goPattern + `)\z`)
	if err != nil {
		return false
	}
	return re.MatchString("\n") && re.MatchString("\r")
}
