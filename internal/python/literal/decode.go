package literal

import (
	"errors"
	"strconv"
	"strings"
)

// DecodeStr decodes the body of a str literal (the text between the quotes,
// prefix and quotes removed) as Python 3.11 does. The body is expected as
// CPython's tokenizer gives it, with newlines normalized to \n.
//
// When raw is set the body is returned as is. Otherwise escapes are decoded:
// backslash-newline (removed), \\ \' \" \a \b \f \n \r \t \v, octal \o \oo
// \ooo (up to \777, giving U+01FF, as in Python 3.11), \xhh, \uXXXX,
// \UXXXXXXXX (at most U+10FFFF) and \N{NAME}. An unknown escape such as \d
// is kept as the backslash and the character, and so is a backslash ending
// the body. Surrogates from \ud800 and the like are stored in their 3-byte
// generalized UTF-8 form; bytes of the body that are not valid UTF-8 are
// copied unchanged.
//
// \N{NAME} looks NAME up among the character names and name aliases of
// Unicode 14.0.0 ignoring ASCII case, except that HANGUL SYLLABLE names and
// CJK UNIFIED IDEOGRAPH-XXXX (4 or 5 uppercase hex digits) must be written in
// uppercase, as in CPython 3.11. Named sequences are not accepted.
//
// Errors carry the message CPython 3.11's ast.parse gives, for example
// "(unicode error) 'unicodeescape' codec can't decode bytes in position
// 0-1: truncated \xXX escape". Positions count as CPython's parser does: it
// rewrites every non-ASCII character of the body as a 10-character \U
// escape (and a backslash before one as the 6-character \u005c) before
// decoding.
func DecodeStr(body string, raw bool) (string, error) {
	if raw {
		return body, nil
	}
	i := strings.IndexByte(body, '\\')
	if i < 0 {
		return body, nil
	}
	out := make([]byte, 0, len(body))
	out = append(out, body[:i]...)
	for i < len(body) {
		if body[i] != '\\' {
			j := strings.IndexByte(body[i:], '\\')
			if j < 0 {
				out = append(out, body[i:]...)
				break
			}
			out = append(out, body[i:i+j]...)
			i += j
			continue
		}
		start := i
		i++
		if i >= len(body) || body[i] >= 0x80 {
			// CPython's parser turns a backslash before a non-ASCII
			// character (or ending the body) into \u005c: a backslash.
			out = append(out, '\\')
			continue
		}
		c := body[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, '\a')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, '\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v<<3 | rune(body[i]-'0')
				i++
			}
			out = appendGeneralized(out, v)
		case 'x', 'u', 'U':
			n, msg := 2, `truncated \xXX escape`
			if c == 'u' {
				n, msg = 4, `truncated \uXXXX escape`
			} else if c == 'U' {
				n, msg = 8, `truncated \UXXXXXXXX escape`
			}
			var v uint32
			for ; n > 0; n-- {
				if i >= len(body) {
					return "", unicodeEscapeError(body, start, i, msg)
				}
				d := hexVal(body[i])
				if d < 0 {
					return "", unicodeEscapeError(body, start, i, msg)
				}
				v = v<<4 | uint32(d)
				i++
			}
			if v > 0x10FFFF {
				return "", unicodeEscapeError(body, start, i, "illegal Unicode character")
			}
			out = appendGeneralized(out, rune(v))
		case 'N':
			const malformed = `malformed \N character escape`
			if i >= len(body) || body[i] != '{' {
				return "", unicodeEscapeError(body, start, i, malformed)
			}
			i++
			end := strings.IndexByte(body[i:], '}')
			if end < 0 {
				return "", unicodeEscapeError(body, start, len(body), malformed)
			}
			if end == 0 {
				return "", unicodeEscapeError(body, start, i, malformed)
			}
			name := body[i : i+end]
			i += end + 1
			r, ok := lookupName(name)
			if !ok {
				return "", unicodeEscapeError(body, start, i, "unknown Unicode character name")
			}
			out = appendGeneralized(out, r)
		default:
			out = append(out, '\\', c)
		}
	}
	return string(out), nil
}

// hexVal returns the value of the hex digit c, or -1.
func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// unicodeEscapeError returns the error CPython's ast.parse reports for an
// escape spanning body[start:end].
func unicodeEscapeError(body string, start, end int, msg string) error {
	ps, pe := escapedPos(body, start), escapedPos(body, end)
	if pe-ps == 1 {
		return errors.New("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position " +
			strconv.Itoa(ps) + ": " + msg)
	}
	return errors.New("(unicode error) 'unicodeescape' codec can't decode bytes in position " +
		strconv.Itoa(ps) + "-" + strconv.Itoa(pe-1) + ": " + msg)
}

// escapedPos maps the offset n of body to the offset in the text CPython's
// parser hands to the unicode-escape decoder: each non-ASCII character
// becomes a 10-character \UXXXXXXXX escape, and a backslash followed by a
// non-ASCII character (or ending the body) gets "u005c" appended.
func escapedPos(body string, n int) int {
	p := 0
	for s := 0; s < n && s < len(body); {
		if body[s] == '\\' {
			p++
			s++
			if s >= len(body) || body[s] >= 0x80 {
				p += 5
				continue
			}
			if s >= n {
				break
			}
		}
		if body[s] >= 0x80 {
			_, size := decodeGeneralized(body[s:])
			p += 10
			s += size
		} else {
			p++
			s++
		}
	}
	return p
}

// DecodeBytes decodes the body of a bytes literal (the text between the
// quotes, prefix and quotes removed) as Python 3.11 does. A body with a
// non-ASCII byte, raw or not, is an error: "bytes can only contain ASCII
// literal characters". When raw is set the body is returned as is.
// Otherwise the escapes of DecodeStr are decoded except \u, \U and \N, which
// are kept literally; an octal escape above \377 gives its value modulo 256
// (b'\400' is b'\x00'), as in Python 3.11. A \x not followed by two hex
// digits is the error "(value error) invalid \x escape at position N", N
// being the offset of its backslash in the body.
func DecodeBytes(body string, raw bool) ([]byte, error) {
	hasBackslash := false
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c >= 0x80:
			return nil, errors.New("bytes can only contain ASCII literal characters")
		case c == '\\':
			hasBackslash = true
		}
	}
	if raw || !hasBackslash {
		return []byte(body), nil
	}
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			return nil, errors.New(`(value error) Trailing \ in string`)
		}
		c = body[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, '\a')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, '\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v<<3 | int(body[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < len(body) {
				if d1, d2 := hexVal(body[i]), hexVal(body[i+1]); d1 >= 0 && d2 >= 0 {
					out = append(out, byte(d1<<4|d2))
					i += 2
					break
				}
			}
			return nil, errors.New(`(value error) invalid \x escape at position ` + strconv.Itoa(start))
		default:
			out = append(out, '\\', c)
		}
	}
	return out, nil
}
