package scanner

import (
	"fmt"

	"github.com/krait-dev/krait/internal/python/token"
)

// number scans a number literal at s.pos (a digit, or '.' and a digit). It
// is a port of CPython 3.11's tokenizer, errors included.
func (s *Scanner) number() {
	start := s.pos
	p := start
	bad := func(cur int, msg string) {
		s.syntaxErrorCur(cur, msg)
		// the bad literal extends over the following letters and digits
		e := cur
		if e < start+1 {
			e = start + 1
		}
		for e < len(s.src) && isIdentByte(s.src[e]) {
			e++
		}
		s.pos = e
		s.make(token.Illegal, start, s.line, s.lineStart)
		return
	}
	next := func() int {
		c := s.at(p)
		p++
		return c
	}
	// decimalTail is tok_decimal_tail: it returns the character after the
	// digits, or 0 after an error (reported through errCur/errMsg).
	errCur := -1
	decimalTail := func() int {
		for {
			c := next()
			for isDigit(c) {
				c = next()
			}
			if c != '_' {
				return c
			}
			c = next()
			if !isDigit(c) {
				p-- // backup
				errCur = p
				return 0
			}
		}
	}
	// endOK is verify_end_of_number: it reports whether the number may end
	// before c (at p-1). A keyword directly after a number is accepted
	// (CPython 3.11 only warns).
	endOK := func(c int) bool {
		q := p // the character after c
		r := false
		switch c {
		case 'a':
			r = s.lookahead(q, "nd")
		case 'e':
			r = s.lookahead(q, "lse")
		case 'f':
			r = s.lookahead(q, "or")
		case 'i':
			c2 := s.at(q)
			r = c2 == 'f' || c2 == 'n' || c2 == 's'
		case 'o':
			r = s.lookahead(q, "r")
		case 'n':
			r = s.lookahead(q, "ot")
		}
		if r {
			return true
		}
		return !isPotentialIdentChar(c)
	}
	var c int
	if s.src[p] == '.' {
		p++
		c = next() // the digit
		goto fraction
	}
	c = next()
	if c == '0' {
		c = next()
		switch {
		case c == 'x' || c == 'X':
			c = next()
			for {
				if c == '_' {
					c = next()
				}
				if !isXDigit(c) {
					p--
					bad(p, "invalid hexadecimal literal")
					return
				}
				for c = next(); isXDigit(c); c = next() {
				}
				if c != '_' {
					break
				}
			}
			if !endOK(c) {
				p--
				bad(p, "invalid hexadecimal literal")
				return
			}
		case c == 'o' || c == 'O':
			c = next()
			for {
				if c == '_' {
					c = next()
				}
				if c < '0' || c >= '8' {
					if isDigit(c) {
						bad(p, fmt.Sprintf("invalid digit '%c' in octal literal", c))
						return
					}
					p--
					bad(p, "invalid octal literal")
					return
				}
				for c = next(); c >= '0' && c < '8'; c = next() {
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				bad(p, fmt.Sprintf("invalid digit '%c' in octal literal", c))
				return
			}
			if !endOK(c) {
				p--
				bad(p, "invalid octal literal")
				return
			}
		case c == 'b' || c == 'B':
			c = next()
			for {
				if c == '_' {
					c = next()
				}
				if c != '0' && c != '1' {
					if isDigit(c) {
						bad(p, fmt.Sprintf("invalid digit '%c' in binary literal", c))
						return
					}
					p--
					bad(p, "invalid binary literal")
					return
				}
				for c = next(); c == '0' || c == '1'; c = next() {
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				bad(p, fmt.Sprintf("invalid digit '%c' in binary literal", c))
				return
			}
			if !endOK(c) {
				p--
				bad(p, "invalid binary literal")
				return
			}
		default:
			nonzero := false
			// maybe old-style octal; in any case, allow '0' as a literal
			for {
				if c == '_' {
					c = next()
					if !isDigit(c) {
						p--
						bad(p, "invalid decimal literal")
						return
					}
				}
				if c != '0' {
					break
				}
				c = next()
			}
			if isDigit(c) {
				nonzero = true
				c = decimalTail()
				if c == 0 {
					bad(errCur, "invalid decimal literal")
					return
				}
			}
			switch {
			case c == '.':
				c = next()
				goto fraction
			case c == 'e' || c == 'E':
				goto exponent
			case c == 'j' || c == 'J':
				goto imaginary
			case nonzero:
				// old-style octal: now disallowed
				p--
				s.errorAt(s.line, s.lineStart, start, syntaxError,
					"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
				e := p
				for e < len(s.src) && isIdentByte(s.src[e]) {
					e++
				}
				s.pos = e
				s.make(token.Illegal, start, s.line, s.lineStart)
				return
			}
			if !endOK(c) {
				p--
				bad(p, "invalid decimal literal")
				return
			}
		}
		goto done
	}
	// decimal
	c = decimalTail()
	if c == 0 {
		bad(errCur, "invalid decimal literal")
		return
	}
	if c == '.' {
		c = next()
		goto fraction
	}
	goto afterFraction
fraction:
	if isDigit(c) {
		c = decimalTail()
		if c == 0 {
			bad(errCur, "invalid decimal literal")
			return
		}
	}
afterFraction:
	if c == 'e' || c == 'E' {
		goto exponent
	}
	if c == 'j' || c == 'J' {
		goto imaginary
	}
	if !endOK(c) {
		p--
		bad(p, "invalid decimal literal")
		return
	}
	goto done
exponent:
	{
		e := c
		c = next()
		if c == '+' || c == '-' {
			c = next()
			if !isDigit(c) {
				p--
				bad(p, "invalid decimal literal")
				return
			}
		} else if !isDigit(c) {
			p-- // back to c
			// the number ends before the 'e' unless that is an error
			if !endOK(e) {
				p-- // back to the 'e'
				bad(p, "invalid decimal literal")
				return
			}
			p-- // the number ends before e
			s.pos = p
			s.make(token.Number, start, s.line, s.lineStart)
			return
		}
		c = decimalTail()
		if c == 0 {
			bad(errCur, "invalid decimal literal")
			return
		}
		if c == 'j' || c == 'J' {
			goto imaginary
		}
		if !endOK(c) {
			p--
			bad(p, "invalid decimal literal")
			return
		}
		goto done
	}
imaginary:
	c = next()
	if !endOK(c) {
		p--
		bad(p, "invalid imaginary literal")
		return
	}
done:
	// c (at p-1) is not part of the number
	p--
	s.pos = p
	s.make(token.Number, start, s.line, s.lineStart)
	return
}

// lookahead reports whether the text at p is test followed by a character
// that cannot continue a name (CPython's lookahead()).
func (s *Scanner) lookahead(p int, test string) bool {
	for i := 0; i < len(test); i++ {
		if s.at(p+i) != int(test[i]) {
			return false
		}
	}
	c := s.at(p + len(test))
	return !isPotentialIdentChar(c) && c < 0x80
}
