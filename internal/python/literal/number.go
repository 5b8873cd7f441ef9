package literal

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
)

// maxStrDigits is CPython 3.11's default sys.get_int_max_str_digits(): a
// decimal integer literal with more digits is a syntax error.
const maxStrDigits = 4300

// ParseInt returns the value of the Python integer literal token text:
// decimal (no leading zeros except for zero itself), 0x/0X, 0o/0O or 0b/0B,
// with single underscores between digits (and after the base prefix). big is
// non-nil only when the value does not fit in an int64, and then small is 0.
//
// As in CPython 3.11, a decimal literal of more than 4300 digits (other than
// zero) is an error, with CPython's message ("Exceeds the limit (4300 digits)
// for integer string conversion: value has N digits; use
// sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal
// for huge integer literals to avoid decimal conversion limits."). Text that
// is not an integer literal is an error too.
func ParseInt(text string) (small int64, big *big.Int, err error) {
	base := 10
	digits := text
	if len(text) >= 2 && text[0] == '0' {
		switch text[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 10 {
			digits = text[2:]
			if digits != "" && digits[0] == '_' {
				digits = digits[1:]
			}
		}
	}
	n, ok := scanDigits(digits, base)
	if !ok || n != len(digits) {
		return 0, nil, errors.New("invalid integer literal " + strconv.Quote(text))
	}
	clean := stripUnderscores(digits)
	if base == 10 && clean[0] == '0' {
		for i := 1; i < len(clean); i++ {
			if clean[i] != '0' {
				return 0, nil, errors.New("invalid integer literal " + strconv.Quote(text))
			}
		}
		return 0, nil, nil
	}
	if u, err := strconv.ParseUint(clean, base, 64); err == nil && u <= 1<<63-1 {
		return int64(u), nil, nil
	}
	if base == 10 && len(clean) > maxStrDigits {
		return 0, nil, errors.New("Exceeds the limit (" + strconv.Itoa(maxStrDigits) +
			" digits) for integer string conversion: value has " + strconv.Itoa(len(clean)) +
			" digits; use sys.set_int_max_str_digits() to increase the limit" +
			" - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.")
	}
	v, ok := newBig(clean, base)
	if !ok {
		return 0, nil, errors.New("invalid integer literal " + strconv.Quote(text))
	}
	return 0, v, nil
}

// newBig parses clean, digits in base, as a big.Int.
func newBig(clean string, base int) (*big.Int, bool) {
	return new(big.Int).SetString(clean, base)
}

// scanDigits returns the length of the longest prefix of s that is a digit
// part in base: digits with single underscores between them. ok is false
// when s does not start with a digit.
func scanDigits(s string, base int) (n int, ok bool) {
	if s == "" || !isDigit(s[0], base) {
		return 0, false
	}
	i := 1
	for i < len(s) {
		if isDigit(s[i], base) {
			i++
		} else if s[i] == '_' && i+1 < len(s) && isDigit(s[i+1], base) {
			i += 2
		} else {
			break
		}
	}
	return i, true
}

// isDigit reports whether c is a digit in base (2, 8, 10 or 16).
func isDigit(c byte, base int) bool {
	switch base {
	case 2:
		return c == '0' || c == '1'
	case 8:
		return c >= '0' && c <= '7'
	case 16:
		return hexVal(c) >= 0
	}
	return c >= '0' && c <= '9'
}

// stripUnderscores returns s without its underscores.
func stripUnderscores(s string) string {
	if strings.IndexByte(s, '_') < 0 {
		return s
	}
	return strings.ReplaceAll(s, "_", "")
}

// ParseFloat returns the value of the Python float literal token text
// (1., .5, 1e10, 1_000.000_1e-1_0, ...; a plain digit part such as 10 or 007
// is accepted too) correctly rounded, as Python's float() gives it: values
// too large for a float64 are +Inf (1e400 is inf) and values too small
// become 0 or a subnormal. Text that is not such a literal (including inf
// and nan, which are not literals) is an error.
func ParseFloat(text string) (float64, error) {
	if !isFloatLiteral(text) {
		return 0, errors.New("invalid float literal " + strconv.Quote(text))
	}
	return parseCleanFloat(stripUnderscores(text)), nil
}

// parseCleanFloat parses a validated literal without underscores.
func parseCleanFloat(s string) float64 {
	// strconv.ParseFloat rounds correctly and gives ±Inf with ErrRange on
	// overflow, which is Python's result too; no other error can occur on a
	// validated literal.
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// isFloatLiteral reports whether s is digitpart, pointfloat or exponentfloat
// in the syntax of Python's float literals.
func isFloatLiteral(s string) bool {
	i := 0
	intDigits := false
	if n, ok := scanDigits(s, 10); ok {
		i = n
		intDigits = true
	}
	if i < len(s) && s[i] == '.' {
		i++
		if n, ok := scanDigits(s[i:], 10); ok {
			i += n
		} else if !intDigits {
			return false
		}
	} else if !intDigits {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		n, ok := scanDigits(s[i:], 10)
		if !ok {
			return false
		}
		i += n
	}
	return i == len(s)
}

// ParseImag returns the imaginary part of the Python imaginary literal
// token text: a float literal or a digit part followed by j or J (1j, 1.5J,
// 1_0e3j, 00j). Values too large are +Inf.
func ParseImag(text string) (float64, error) {
	if text == "" || (text[len(text)-1] != 'j' && text[len(text)-1] != 'J') {
		return 0, errors.New("invalid imaginary literal " + strconv.Quote(text))
	}
	f, err := ParseFloat(text[:len(text)-1])
	if err != nil {
		return 0, errors.New("invalid imaginary literal " + strconv.Quote(text))
	}
	return f, nil
}
