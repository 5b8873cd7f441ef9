package scanner

import (
	"fmt"

	"github.com/krait-dev/krait/internal/python/token"
)

// results of scanning an f-string replacement field
const (
	fieldClosed = iota // the field ended with its '}'
	fieldEnded         // the enclosing f-string's closing quote ended a format spec
	fieldFailed        // end of input, or of the line in a single-quoted string
)

// prefixFlags returns whether the string prefix pre is raw, an f-string and
// a bytes literal.
func prefixFlags(pre []byte) (raw, f, b bool) {
	for _, c := range pre {
		switch c | 0x20 {
		case 'r':
			raw = true
		case 'f':
			f = true
		case 'b':
			b = true
		}
	}
	return
}

// validPrefix reports whether pre is a string prefix (CPython's rules).
func validPrefix(pre []byte) bool {
	sawB, sawR, sawU, sawF := false, false, false, false
	for _, c := range pre {
		if !(sawB || sawU || sawF) && (c == 'b' || c == 'B') {
			sawB = true
		} else if !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U') {
			sawU = true
		} else if !(sawR || sawU) && (c == 'r' || c == 'R') {
			sawR = true
		} else if !(sawF || sawB || sawU) && (c == 'f' || c == 'F') {
			sawF = true
		} else {
			return false
		}
	}
	return true
}

// str scans a string literal whose prefix starts at start and whose
// opening quote is at q.
func (s *Scanner) str(start, q int) {
	line, lineStart := s.line, s.lineStart
	raw, f, _ := prefixFlags(s.src[start:q])
	s.fsingle, s.fdepth = 0, 0
	tooDeep := false
	triple, ok := s.stringAt(q, raw, f, &tooDeep)
	if ok {
		s.make(token.String, start, line, lineStart)
		return
	}
	if !tooDeep {
		if triple && s.pos >= len(s.src) {
			s.errorAt(line, lineStart, start, syntaxError,
				fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", s.detectedLine()))
		} else {
			l := s.line
			if s.pos >= len(s.src) {
				l = s.detectedLine()
			}
			s.errorAt(line, lineStart, start, syntaxError,
				fmt.Sprintf("unterminated string literal (detected at line %d)", l))
		}
	}
	s.make(token.Illegal, start, line, lineStart)
	return
}

// stringAt scans the string whose opening quote is at q. It reports
// whether the string is triple-quoted and whether it was terminated; when
// it was not, s.pos is at the '\n' or end of input that ended it.
func (s *Scanner) stringAt(q int, raw, f bool, tooDeep *bool) (triple, ok bool) {
	src := s.src
	quote := src[q]
	if q+1 < len(src) && src[q+1] == quote {
		if q+2 < len(src) && src[q+2] == quote {
			s.pos = q + 3
			triple = true
		} else {
			s.pos = q + 2 // empty string
			return false, true
		}
	} else {
		s.pos = q + 1
	}
	if !f {
		return triple, s.plainBody(quote, triple)
	}
	s.fdepth++
	if s.fdepth > maxFStrDepth {
		if !*tooDeep {
			*tooDeep = true
			s.errorAt(s.line, s.lineStart, q, syntaxError, "too many nested f-strings")
		}
		return triple, false
	}
	if !triple {
		s.fsingle++
	}
	ok = s.fBody(quote, triple, raw, tooDeep)
	if !triple {
		s.fsingle--
	}
	s.fdepth--
	return triple, ok
}

// closes reports whether the quote at s.pos closes a string quoted with
// quote (tripled or not), and consumes the closing quotes if so.
func (s *Scanner) closes(quote byte, triple bool) bool {
	if !triple {
		s.pos++
		return true
	}
	p := s.pos
	if p+2 < len(s.src) && s.src[p+1] == quote && s.src[p+2] == quote {
		s.pos = p + 3
		return true
	}
	s.pos = p + 1
	return false
}

// plainBody scans the rest of a string that is not an f-string.
func (s *Scanner) plainBody(quote byte, triple bool) bool {
	src := s.src
	p := s.pos
	for p < len(src) {
		c := src[p]
		switch c {
		case quote:
			s.pos = p
			if s.closes(quote, triple) {
				return true
			}
			p = s.pos
			continue
		case '\\':
			p++
			if p < len(src) {
				if src[p] == '\n' {
					s.newline(p)
				}
				p++
			}
			continue
		case '\n':
			if !triple || s.fsingle > 0 {
				s.pos = p
				return false
			}
			s.newline(p)
		}
		p++
	}
	s.pos = p
	return false
}

// litBackslash consumes a backslash (at s.pos) in the literal text of an
// f-string, and what it escapes.
func (s *Scanner) litBackslash(quote byte, raw bool) {
	src := s.src
	p := s.pos + 1
	if p >= len(src) {
		s.pos = p
		return
	}
	switch c := src[p]; {
	case c == '{' || c == '}':
		// the brace keeps its meaning (CPython's fstring_find_literal)
		s.pos = p
	case c == '\n':
		s.newline(p)
		s.pos = p + 1
	case !raw && c == 'N' && p+1 < len(src) && src[p+1] == '{':
		// \N{name} is a named escape, not a replacement field
		q := p + 2
		for q < len(src) {
			d := src[q]
			if d == '}' {
				q++
				break
			}
			if d == quote || d == '\n' || d == '\\' {
				break
			}
			q++
		}
		s.pos = q
	default:
		s.pos = p + 1
	}
}

// fBody scans the rest of an f-string: literal text and replacement
// fields.
func (s *Scanner) fBody(quote byte, triple, raw bool, tooDeep *bool) bool {
	src := s.src
	for s.pos < len(src) {
		switch src[s.pos] {
		case quote:
			if s.closes(quote, triple) {
				return true
			}
		case '\n':
			if s.fsingle > 0 {
				return false
			}
			s.newline(s.pos)
			s.pos++
		case '\\':
			s.litBackslash(quote, raw)
		case '{':
			if s.pos+1 < len(src) && src[s.pos+1] == '{' {
				s.pos += 2
				continue
			}
			s.pos++
			switch s.field(quote, triple, raw, tooDeep) {
			case fieldFailed:
				return false
			case fieldEnded:
				return true
			}
		default:
			s.pos++
		}
	}
	return false
}

// field scans a replacement field of an f-string quoted with quote, after
// its '{'.
func (s *Scanner) field(quote byte, triple, raw bool, tooDeep *bool) int {
	src := s.src
	s.fdepth++
	defer func() { s.fdepth-- }()
	if s.fdepth > maxFStrDepth {
		if !*tooDeep {
			*tooDeep = true
			s.errorAt(s.line, s.lineStart, s.pos-1, syntaxError, "too many nested f-strings")
		}
		return fieldFailed
	}
	depth := 0
	for s.pos < len(src) {
		c := src[s.pos]
		switch c {
		case '(', '[', '{':
			depth++
			s.pos++
		case ')', ']':
			if depth > 0 {
				depth--
			}
			s.pos++
		case '}':
			s.pos++
			if depth == 0 {
				return fieldClosed
			}
			depth--
		case ':':
			s.pos++
			if depth == 0 {
				return s.spec(quote, triple, raw, tooDeep)
			}
		case '\'', '"':
			if _, ok := s.stringAt(s.pos, false, false, tooDeep); !ok {
				return fieldFailed
			}
		case '#':
			// A comment, up to the end of the line (PEP 701).
			for s.pos < len(src) && src[s.pos] != '\n' {
				s.pos++
			}
		case '\n':
			// PEP 701: a replacement field may span lines, even in a
			// single-quoted f-string.
			s.newline(s.pos)
			s.pos++
		case '\\':
			s.pos++
			if s.pos < len(src) {
				if src[s.pos] == '\n' {
					s.newline(s.pos)
				}
				s.pos++
			}
		default:
			if charClass[c] != clsIdent {
				s.pos++
				continue
			}
			p := s.pos
			for p < len(src) && isIdentByte(src[p]) {
				p++
			}
			if p < len(src) && (src[p] == '\'' || src[p] == '"') && p-s.pos <= 3 && validPrefix(src[s.pos:p]) {
				r, f, _ := prefixFlags(src[s.pos:p])
				if _, ok := s.stringAt(p, r, f, tooDeep); !ok {
					return fieldFailed
				}
				continue
			}
			s.pos = p
		}
	}
	return fieldFailed
}

// spec scans the format spec of a replacement field, after its ':'.
func (s *Scanner) spec(quote byte, triple, raw bool, tooDeep *bool) int {
	src := s.src
	for s.pos < len(src) {
		switch src[s.pos] {
		case quote:
			if s.closes(quote, triple) {
				return fieldEnded
			}
		case '\n':
			if s.fsingle > 0 {
				return fieldFailed
			}
			s.newline(s.pos)
			s.pos++
		case '\\':
			s.litBackslash(quote, raw)
		case '{':
			s.pos++
			if r := s.field(quote, triple, raw, tooDeep); r != fieldClosed {
				return r
			}
		case '}':
			s.pos++
			return fieldClosed
		default:
			s.pos++
		}
	}
	return fieldFailed
}
