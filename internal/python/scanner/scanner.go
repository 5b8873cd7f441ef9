// Package scanner is the tokenizer of Python 3 source code (up to 3.13).
//
// It mirrors CPython 3.11's C tokenizer: the same tokens with the same
// positions, and the same errors with the same messages and positions, so
// that a parser built on it can report exactly what CPython reports. It
// differs from CPython in a few deliberate ways:
//
//   - it never stops: after an error it emits an Illegal token (or the
//     best token it can) and goes on, so that a parser can recover;
//   - f-strings are one String token, as in 3.11, but their end is found
//     with the rules of PEP 701 (3.12), so that nested strings that reuse
//     the quote of the f-string are scanned correctly;
//   - blank lines and comments produce no tokens; comments are kept aside
//     (see Scanner.Comments).
//
// Decode turns the raw bytes of a file into the UTF-8 text that a Scanner
// reads.
package scanner

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/token"
)

// Error is a tokenizer or decoding error.
type Error struct {
	Line, Col int32  // 1-based line; 0-based UTF-8 byte column (as token positions); Line 0 = whole file
	Kind      string // "SyntaxError", "IndentationError" or "TabError"
	Msg       string // CPython 3.11's message
}

// Error formats the error as LINE:COL: Kind: Msg.
func (e *Error) Error() string {
	return fmt.Sprintf("%d:%d: %s: %s", e.Line, e.Col, e.Kind, e.Msg)
}

// Limits of CPython's tokenizer, and of this one.
const (
	tabSize      = 8   // CPython's tabsize
	maxIndent    = 100 // CPython's MAXINDENT: at most 99 indentation levels
	maxLevel     = 200 // CPython's MAXLEVEL: nesting of (), [] and {}
	maxFStrDepth = 150 // CPython 3.12's MAXFSTRINGLEVEL
	maxErrors    = 100 // errors recorded per scanner; later ones are dropped
)

// Error kinds.
const (
	syntaxError      = "SyntaxError"
	indentationError = "IndentationError"
	tabError         = "TabError"
)

// character classes of ASCII bytes
const (
	clsOther     uint8 = iota
	clsIdent           // a-z A-Z _
	clsDigit           // 0-9
	clsSpace           // ' ' '\t' '\f'
	clsOp              // an operator or delimiter character
	clsNonASCII        // a byte >= 0x80
	clsNewline         // '\n'
	clsQuote           // ' "
	clsHash            // #
	clsBackslash       // \
	clsBad             // $ ? `: invalid syntax
	clsCtrl            // other control characters (not printable)
)

var charClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
			t[c] = clsIdent
		case c >= '0' && c <= '9':
			t[c] = clsDigit
		case c == ' ', c == '\t', c == '\f':
			t[c] = clsSpace
		case c >= 0x80:
			t[c] = clsNonASCII
		case c == '\n':
			t[c] = clsNewline
		case c == '\'', c == '"':
			t[c] = clsQuote
		case c == '#':
			t[c] = clsHash
		case c == '\\':
			t[c] = clsBackslash
		case c == '$', c == '?', c == '`':
			t[c] = clsBad
		case c < 0x20, c == 0x7f:
			t[c] = clsCtrl
		default:
			t[c] = clsOp
		}
	}
	return
}()

func isIdentByte(c byte) bool { cl := charClass[c]; return cl == clsIdent || cl == clsDigit }
func isDigit(c int) bool      { return c >= '0' && c <= '9' }
func isXDigit(c int) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// isPotentialIdentChar is CPython's is_potential_identifier_char for ASCII
// (bytes >= 128 are not included, as in verify_end_of_number).
func isPotentialIdentChar(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

type paren struct {
	ch   byte
	line int32
	col  int32
}

// Scanner tokenizes Python source text. Create it with New or NewFragment
// and call Next until it returns an EOF token.
type Scanner struct {
	src       []byte
	pos       int   // offset of the next unread byte
	line      int32 // line of pos
	lineStart int   // offset of the start of line

	firstLine int32 // the first line; its columns are shifted by colShift
	colShift  int32
	fragment  bool // scanning an expression fragment: newlines never count

	atBOL    bool // at the beginning of a line: indentation is pending
	blank    bool // the current line is blank or holds only a comment
	lineToks bool // a token was emitted on the current logical line
	eof      bool // EOF has been reached and the final Newline emitted
	pendin   int  // pending Indent (> 0) or Dedent (< 0) tokens
	indPos   int  // offset where the pending Indent/Dedent tokens sit

	indent     int // top of indstack
	indstack   [maxIndent]int32
	altstack   [maxIndent]int32
	level      int // nesting of brackets (may exceed maxLevel)
	parens     [maxLevel]paren
	levelError bool // "too many nested parentheses" was reported

	fsingle int // number of enclosing single-quoted f-strings while scanning one
	fdepth  int // nesting of f-strings while scanning one

	tok      token.Token // the token being made
	srcStr   string      // src as a string (see ShareText), else made at the first comment
	errors   []Error
	comments []ast.Comment
	nulSeen  bool
}

// New returns a scanner of the decoded source text src (see Decode),
// starting at line 1.
func New(src []byte) *Scanner {
	s := &Scanner{src: src, line: 1, firstLine: 1, atBOL: true}
	return s
}

// NewFragment returns a scanner of the expression fragment src (the
// expression of an f-string replacement field, CPython 3.11 style), whose
// first line is line of the file. firstLineColShift is added to the columns
// (Col and EndCol) of the tokens, comments and errors that are on the first
// line. A fragment is scanned as if it were enclosed in parentheses: there
// is no indentation and newlines are ignored; the tokens end with an
// implicit Newline (when there was any token) and EOF.
func NewFragment(src []byte, line, firstLineColShift int32) *Scanner {
	s := &Scanner{src: src, line: line, firstLine: line, colShift: firstLineColShift, fragment: true}
	return s
}

// ShareText gives the scanner the source text it was made with as a
// string, text == string(src), so that comments are cut from it instead of
// from a copy of src the scanner would otherwise make. A parser that keeps
// the source as a string anyway saves one copy of every file.
func (s *Scanner) ShareText(text string) {
	if len(text) == len(s.src) {
		s.srcStr = text
	}
}

// Errors returns the errors found so far, in the order they were found
// (which is source order). At most 100 errors are kept.
func (s *Scanner) Errors() []Error { return s.errors }

// Comments returns the comments found so far, in source order. Comments
// inside f-string replacement fields are not included.
func (s *Scanner) Comments() []ast.Comment { return s.comments }

// col returns the column of offset off on the line starting at lineStart
// (which is line), shifted on the first line.
func (s *Scanner) col(off, lineStart int, line int32) int32 {
	c := int32(off - lineStart)
	if line == s.firstLine {
		c += s.colShift
	}
	return c
}

// errorAt records an error at offset off of the current line.
func (s *Scanner) errorAt(line int32, lineStart, off int, kind, msg string) {
	if len(s.errors) >= maxErrors {
		return
	}
	s.errors = append(s.errors, Error{Line: line, Col: s.col(off, lineStart, line), Kind: kind, Msg: msg})
}

// syntaxErrorCur records a syntax error positioned as CPython's
// syntaxerror() does with the tokenizer at cur: at the character before cur.
func (s *Scanner) syntaxErrorCur(cur int, msg string) {
	p := cur
	if p > s.lineStart {
		p--
		for p > s.lineStart && s.src[p]&0xC0 == 0x80 {
			p--
		}
	}
	s.errorAt(s.line, s.lineStart, p, syntaxError, msg)
}

// newline records that the byte at off is a '\n' that was consumed.
func (s *Scanner) newline(off int) {
	s.line++
	s.lineStart = off + 1
}

// make returns a token from off (on line, which starts at lineStart) to
// s.pos (on the current line).
func (s *Scanner) make(k token.Kind, off int, line int32, lineStart int) {
	s.tok = token.Token{
		Kind:    k,
		Line:    line,
		Col:     s.col(off, lineStart, line),
		EndLine: s.line,
		EndCol:  s.col(s.pos, s.lineStart, s.line),
		Off:     int32(off),
		EndOff:  int32(s.pos),
	}
}

// at returns the byte at p, or -1 at the end of the input.
func (s *Scanner) at(p int) int {
	if p < len(s.src) {
		return int(s.src[p])
	}
	return -1
}

// eofLine is the line of the end of the input, as CPython's tokenize module
// reports it for DEDENT and ENDMARKER tokens.
func (s *Scanner) eofLine() int32 {
	if s.lineStart == len(s.src) {
		return s.line
	}
	return s.line + 1
}

// detectedLine is the line CPython reports as where an unterminated string
// was detected at the end of the input: its number of lines.
func (s *Scanner) detectedLine() int32 {
	if s.pos >= len(s.src) && s.lineStart == len(s.src) && s.line > s.firstLine {
		return s.line - 1
	}
	return s.line
}

// Next returns the next token. After the end of the input it returns the
// final Newline (when the last line has tokens), the Dedents, then EOF
// forever.
func (s *Scanner) Next() token.Token {
	for {
		if s.pendin != 0 {
			return s.pending()
		}
		if s.eof {
			l := s.eofLine()
			return token.Token{Kind: token.EOF, Line: l, EndLine: l, Off: int32(len(s.src)), EndOff: int32(len(s.src))}
		}
		if s.atBOL {
			// fast path: an unchanged indentation of spaces
			p, src := s.pos, s.src
			for p < len(src) && src[p] == ' ' {
				p++
			}
			if p < len(src) && s.level == 0 && !s.fragment && int32(p-s.pos) == s.indstack[s.indent] &&
				s.indstack[s.indent] == s.altstack[s.indent] && fastClass[src[p]] >= fastName {
				s.atBOL, s.blank, s.pos = false, false, p
			} else {
				s.bol()
				if s.pendin != 0 {
					continue
				}
			}
		}
		// Fast path, in this function to save calls: names and keywords
		// without string prefixes, and single-character delimiters.
		src := s.src
		p := s.pos
		for p < len(src) && charClass[src[p]] == clsSpace {
			p++
		}
		if p < len(src) {
			c := src[p]
			switch fastClass[c] {
			case fastName:
				e := p + 1
				for e < len(src) && isIdentByte(src[e]) {
					e++
				}
				if e < len(src) && src[e] >= 0x80 {
					break
				}
				k := token.Name
				if n := e - p; n >= 2 && n <= 8 {
					for _, kw := range keywordTable[c] {
						if len(kw.name) == n && kw.name == string(src[p:e]) {
							k = kw.kind
							break
						}
					}
				}
				s.pos = e
				s.lineToks = true
				col := s.col(p, s.lineStart, s.line)
				return token.Token{Kind: k, Line: s.line, Col: col, EndLine: s.line, EndCol: col + int32(e-p),
					Off: int32(p), EndOff: int32(e)}
			case fastDelim:
				var c1 byte
				if p+1 < len(src) {
					c1 = src[p+1]
				}
				if c1 == '=' || c == '.' && (c1 == '.' || c1 >= '0' && c1 <= '9') || c == '-' && c1 == '>' {
					break
				}
				s.pos = p + 1
				s.lineToks = true
				col := s.col(p, s.lineStart, s.line)
				return token.Token{Kind: delimKind[c], Line: s.line, Col: col, EndLine: s.line, EndCol: col + 1,
					Off: int32(p), EndOff: int32(p + 1)}
			case fastOpen:
				if s.level >= maxLevel {
					break
				}
				col := s.col(p, s.lineStart, s.line)
				s.parens[s.level] = paren{ch: c, line: s.line, col: col}
				s.level++
				s.pos = p + 1
				s.lineToks = true
				return token.Token{Kind: delimKind[c], Line: s.line, Col: col, EndLine: s.line, EndCol: col + 1,
					Off: int32(p), EndOff: int32(p + 1)}
			case fastClose:
				if s.level == 0 || s.level > maxLevel || s.parens[s.level-1].ch != openOf[c] {
					break
				}
				s.level--
				s.pos = p + 1
				s.lineToks = true
				col := s.col(p, s.lineStart, s.line)
				return token.Token{Kind: delimKind[c], Line: s.line, Col: col, EndLine: s.line, EndCol: col + 1,
					Off: int32(p), EndOff: int32(p + 1)}
			case fastNewline:
				if s.blank || s.level > 0 || s.fragment {
					s.pos = p + 1
					s.atBOL = true
					s.newline(p)
					continue
				}
				col := s.col(p, s.lineStart, s.line)
				t := token.Token{Kind: token.Newline, Line: s.line, Col: col, EndLine: s.line, EndCol: col + 1,
					Off: int32(p), EndOff: int32(p + 1)}
				s.pos = p + 1
				s.atBOL = true
				s.lineToks = false
				s.newline(p)
				return t
			case fastDigit:
				// a decimal integer not starting with 0 and followed by
				// a character that cannot continue a number
				e := p + 1
				for e < len(src) && src[e] >= '0' && src[e] <= '9' {
					e++
				}
				if c == '0' && e > p+1 || e < len(src) && (isIdentByte(src[e]) || src[e] == '.' || src[e] >= 0x80) {
					break
				}
				s.pos = e
				s.lineToks = true
				col := s.col(p, s.lineStart, s.line)
				return token.Token{Kind: token.Number, Line: s.line, Col: col, EndLine: s.line, EndCol: col + int32(e-p),
					Off: int32(p), EndOff: int32(e)}
			case fastQuote:
				// a one-line string without backslashes
				e := p + 1
				for e < len(src) && src[e] != c && src[e] != '\\' && src[e] != '\n' {
					e++
				}
				if e >= len(src) || src[e] != c || e == p+1 && e+1 < len(src) && src[e+1] == c {
					break
				}
				e++
				s.pos = e
				s.lineToks = true
				col := s.col(p, s.lineStart, s.line)
				return token.Token{Kind: token.String, Line: s.line, Col: col, EndLine: s.line, EndCol: col + int32(e-p),
					Off: int32(p), EndOff: int32(e)}
			}
		}
		s.pos = p
		if s.scan() {
			s.lineToks = s.tok.Kind != token.Newline
			return s.tok
		}
	}
}

// classes of the fast path of Next
const (
	fastOther   uint8 = iota
	fastNewline       // \n
	fastName          // a letter that cannot start a string prefix, or '_'
	fastDelim         // , ; . ~ = : + - % ^ & | @ that may be alone
	fastOpen          // ( [ {
	fastClose         // ) ] }
	fastDigit         // 0-9
	fastQuote         // ' "
)

var openOf = [256]byte{')': '(', ']': '[', '}': '{'}

var fastClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		if charClass[c] == clsIdent && !strings.ContainsRune("bBrRuUfF", rune(c)) {
			t[c] = fastName
		}
	}
	for _, c := range ",;.~=:+-%^&|@" {
		t[c] = fastDelim
	}
	for _, c := range "([{" {
		t[c] = fastOpen
	}
	for _, c := range ")]}" {
		t[c] = fastClose
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = fastDigit
	}
	t['\''], t['"'], t['\n'] = fastQuote, fastQuote, fastNewline
	return
}()

var delimKind = [256]token.Kind{
	',': token.Comma, ';': token.Semi, '.': token.Dot, '~': token.Tilde, '=': token.Equal,
	':': token.Colon, '+': token.Plus, '-': token.Minus, '%': token.Percent, '^': token.Circumflex,
	'&': token.Amper, '|': token.VBar, '@': token.At,
	'(': token.LPar, '[': token.LSqb, '{': token.LBrace, ')': token.RPar, ']': token.RSqb, '}': token.RBrace,
}

type keyword struct {
	name string
	kind token.Kind
}

// keywordTable lists the keywords (those of token.Lookup) by first byte.
var keywordTable = func() (t [256][]keyword) {
	for k := token.Kind(0); k < 255; k++ {
		if k.IsKeyword() {
			name := k.String()
			if token.Lookup(name) == k {
				t[name[0]] = append(t[name[0]], keyword{name, k})
			}
		}
	}
	return
}()

// pending returns one pending Indent or Dedent token.
func (s *Scanner) pending() token.Token {
	if s.eof {
		s.pendin++
		l := s.eofLine()
		return token.Token{Kind: token.Dedent, Line: l, EndLine: l, Off: int32(len(s.src)), EndOff: int32(len(s.src))}
	}
	c := s.col(s.indPos, s.lineStart, s.line)
	if s.pendin < 0 {
		s.pendin++
		return token.Token{Kind: token.Dedent, Line: s.line, Col: c, EndLine: s.line, EndCol: c,
			Off: int32(s.indPos), EndOff: int32(s.indPos)}
	}
	s.pendin--
	return token.Token{Kind: token.Indent, Line: s.line, Col: s.col(s.lineStart, s.lineStart, s.line),
		EndLine: s.line, EndCol: c, Off: int32(s.lineStart), EndOff: int32(s.indPos)}
}

// bol handles the indentation at the beginning of a line.
func (s *Scanner) bol() {
	s.atBOL = false
	s.blank = false
	if s.fragment {
		return
	}
	src := s.src
	col, altcol, contCol := int32(0), int32(0), int32(0)
	p := s.pos
	c := -1
loop:
	for p < len(src) {
		switch src[p] {
		case ' ':
			col++
			altcol++
		case '\t':
			col = (col/tabSize + 1) * tabSize
			altcol++
		case '\f':
			col, altcol = 0, 0
		case '\\':
			// A backslash continuation in the indentation: the first
			// one determines the level (CPython 3.11.7's rule). Errors
			// are left to scan.
			if p+2 >= len(src) || src[p+1] != '\n' {
				c = '\\'
				break loop
			}
			if contCol == 0 {
				contCol = col
			}
			s.newline(p + 1)
			p++
		default:
			c = int(src[p])
			break loop
		}
		p++
	}
	s.pos = p
	if c == '#' || c == '\n' {
		s.blank = true
		return
	}
	if c == -1 {
		// End of input: dedent everything (handled by scan at EOF).
		return
	}
	if s.level > 0 {
		return
	}
	if contCol != 0 {
		col, altcol = contCol, contCol
	}
	s.indPos = p
	top := s.indstack[s.indent]
	switch {
	case col == top:
		if altcol != s.altstack[s.indent] {
			s.tabError()
		}
	case col > top:
		if s.indent+1 >= maxIndent {
			s.errorAt(s.line, s.lineStart, s.lineStart, indentationError, "too many levels of indentation")
			return
		}
		if altcol <= s.altstack[s.indent] {
			s.tabError()
		}
		s.pendin++
		s.indent++
		s.indstack[s.indent] = col
		s.altstack[s.indent] = altcol
	default:
		for s.indent > 0 && col < s.indstack[s.indent] {
			s.pendin--
			s.indent--
		}
		if col != s.indstack[s.indent] {
			// CPython reports it at the end of the line.
			e := bytes.IndexByte(src[p:], '\n')
			if e < 0 {
				e = len(src)
			} else {
				e += p
			}
			s.errorAt(s.line, s.lineStart, e, indentationError, "unindent does not match any outer indentation level")
		} else if altcol != s.altstack[s.indent] {
			s.tabError()
		}
	}
}

func (s *Scanner) tabError() {
	s.errorAt(s.line, s.lineStart, s.lineStart, tabError, "inconsistent use of tabs and spaces in indentation")
}

// atEOF handles the end of the input. It returns the implicit Newline
// token when the last logical line has tokens.
func (s *Scanner) atEOF() bool {
	if s.level > 0 {
		n := s.level
		if n > maxLevel {
			n = maxLevel
		}
		p := s.parens[n-1]
		if len(s.errors) < maxErrors {
			s.errors = append(s.errors, Error{Line: p.line, Col: p.col, Kind: syntaxError,
				Msg: fmt.Sprintf("'%c' was never closed", p.ch)})
		}
		s.level = 0
	}
	s.eof = true
	// dedent everything
	s.pendin = -s.indent
	s.indent = 0
	if s.lineToks {
		t := token.Token{Kind: token.Newline, Line: s.line, Col: s.col(s.pos, s.lineStart, s.line),
			EndLine: s.line, Off: int32(s.pos), EndOff: int32(s.pos)}
		t.EndCol = t.Col + 1
		s.tok = t
		return true
	}
	return false
}

// scan scans one token after the indentation. It returns false when it
// consumed text that produces no token (a newline that does not count).
func (s *Scanner) scan() bool {
	src := s.src
	p := s.pos
	for p < len(src) && charClass[src[p]] == clsSpace {
		p++
	}
	s.pos = p
	if p >= len(src) {
		return s.atEOF()
	}
	c := src[p]
	switch charClass[c] {
	case clsIdent:
		s.identOrString()
		return true
	case clsDigit:
		s.number()
		return true
	case clsNewline:
		s.pos = p + 1
		blank := s.blank
		s.atBOL = true
		if blank || s.level > 0 || s.fragment {
			s.newline(p)
			return false
		}
		s.make(token.Newline, p, s.line, s.lineStart)
		s.newline(p)
		return true
	case clsHash:
		e := bytes.IndexByte(src[p:], '\n')
		if e < 0 {
			e = len(src)
		} else {
			e += p
		}
		if s.srcStr == "" {
			s.srcStr = string(src)
		}
		s.comments = append(s.comments, ast.Comment{Lineno: s.line, ColOffset: s.col(p, s.lineStart, s.line),
			Text: s.srcStr[p:e]})
		s.pos = e
		return false
	case clsQuote:
		s.str(p, p)
		return true
	case clsBackslash:
		return s.backslash(p)
	case clsNonASCII:
		s.ident(p)
		return true
	case clsOp:
		s.operator(p)
		return true
	case clsBad:
		s.pos = p + 1
		s.errorAt(s.line, s.lineStart, p, syntaxError, "invalid syntax")
		s.make(token.Illegal, p, s.line, s.lineStart)
		return true
	default: // clsCtrl
		s.pos = p + 1
		if c == 0 {
			if !s.nulSeen {
				s.nulSeen = true
				s.errorAt(s.line, s.lineStart, p, syntaxError, "source code string cannot contain null bytes")
			}
		} else {
			s.errorAt(s.line, s.lineStart, p, syntaxError, fmt.Sprintf("invalid non-printable character U+%04X", c))
		}
		s.make(token.Illegal, p, s.line, s.lineStart)
		return true
	}
}

// backslash handles a line continuation at p.
func (s *Scanner) backslash(p int) bool {
	src := s.src
	if p+1 >= len(src) || (src[p+1] == '\n' && p+2 >= len(src)) {
		// CPython appends a newline to the input, then hits EOF. Inside
		// brackets, it reports the unclosed bracket instead (see atEOF).
		if s.level == 0 {
			s.errorAt(s.line, s.lineStart, p+1, syntaxError, "unexpected EOF while parsing")
		}
		s.pos = len(src)
		if p+1 < len(src) {
			s.newline(p + 1)
		}
		return false
	}
	if src[p+1] != '\n' {
		s.errorAt(s.line, s.lineStart, p+1, syntaxError, "unexpected character after line continuation character")
		s.pos = p + 1
		s.make(token.Illegal, p, s.line, s.lineStart)
		return true
	}
	s.newline(p + 1)
	s.pos = p + 2
	return false
}

// operator scans an operator or delimiter at p.
func (s *Scanner) operator(p int) {
	src := s.src
	c := src[p]
	c1, c2 := byte(0), byte(0)
	if p+1 < len(src) {
		c1 = src[p+1]
		if p+2 < len(src) {
			c2 = src[p+2]
		}
	}
	k := token.Illegal
	n := 1
	switch c {
	case '(', '[', '{':
		k = token.LPar
		if c == '[' {
			k = token.LSqb
		} else if c == '{' {
			k = token.LBrace
		}
		s.pos = p + 1
		if s.level >= maxLevel {
			if !s.levelError {
				s.levelError = true
				s.syntaxErrorCur(p+1, "too many nested parentheses")
			}
		} else {
			s.parens[s.level] = paren{ch: c, line: s.line, col: s.col(p, s.lineStart, s.line)}
		}
		s.level++
		s.make(k, p, s.line, s.lineStart)
		return
	case ')', ']', '}':
		k = token.RPar
		if c == ']' {
			k = token.RSqb
		} else if c == '}' {
			k = token.RBrace
		}
		s.pos = p + 1
		s.closeParen(c)
		s.make(k, p, s.line, s.lineStart)
		return
	case '.':
		if c1 >= '0' && c1 <= '9' {
			s.number()
			return
		}
		k = token.Dot
		if c1 == '.' && c2 == '.' {
			k, n = token.Ellipsis, 3
		}
	case ':':
		k = token.Colon
		if c1 == '=' {
			k, n = token.ColonEqual, 2
		}
	case ',':
		k = token.Comma
	case ';':
		k = token.Semi
	case '+':
		k = token.Plus
		if c1 == '=' {
			k, n = token.PlusEqual, 2
		}
	case '-':
		k = token.Minus
		if c1 == '=' {
			k, n = token.MinEqual, 2
		} else if c1 == '>' {
			k, n = token.RArrow, 2
		}
	case '*':
		k = token.Star
		if c1 == '*' {
			k, n = token.DoubleStar, 2
			if c2 == '=' {
				k, n = token.DoubleStarEqual, 3
			}
		} else if c1 == '=' {
			k, n = token.StarEqual, 2
		}
	case '/':
		k = token.Slash
		if c1 == '/' {
			k, n = token.DoubleSlash, 2
			if c2 == '=' {
				k, n = token.DoubleSlashEqual, 3
			}
		} else if c1 == '=' {
			k, n = token.SlashEqual, 2
		}
	case '|':
		k = token.VBar
		if c1 == '=' {
			k, n = token.VBarEqual, 2
		}
	case '&':
		k = token.Amper
		if c1 == '=' {
			k, n = token.AmperEqual, 2
		}
	case '<':
		k = token.Less
		switch c1 {
		case '=':
			k, n = token.LessEqual, 2
		case '<':
			k, n = token.LeftShift, 2
			if c2 == '=' {
				k, n = token.LeftShiftEqual, 3
			}
		case '>':
			// CPython tokenizes <> as NOTEQUAL; its parser rejects it
			// (unless barry_as_FLUFL) with "invalid syntax" there.
			s.errorAt(s.line, s.lineStart, p, syntaxError, "invalid syntax")
			k, n = token.Illegal, 2
		}
	case '>':
		k = token.Greater
		switch c1 {
		case '=':
			k, n = token.GreaterEqual, 2
		case '>':
			k, n = token.RightShift, 2
			if c2 == '=' {
				k, n = token.RightShiftEqual, 3
			}
		}
	case '=':
		k = token.Equal
		if c1 == '=' {
			k, n = token.EqEqual, 2
		}
	case '!':
		k = token.Exclamation
		if c1 == '=' {
			k, n = token.NotEqual, 2
		}
	case '%':
		k = token.Percent
		if c1 == '=' {
			k, n = token.PercentEqual, 2
		}
	case '~':
		k = token.Tilde
	case '^':
		k = token.Circumflex
		if c1 == '=' {
			k, n = token.CircumflexEqual, 2
		}
	case '@':
		k = token.At
		if c1 == '=' {
			k, n = token.AtEqual, 2
		}
	}
	s.pos = p + n
	s.make(k, p, s.line, s.lineStart)
	return
}

// closeParen checks a closing bracket c just consumed.
func (s *Scanner) closeParen(c byte) {
	if s.level == 0 {
		s.syntaxErrorCur(s.pos, fmt.Sprintf("unmatched '%c'", c))
		return
	}
	s.level--
	if s.level >= maxLevel {
		return
	}
	o := s.parens[s.level]
	if o.ch == '(' && c == ')' || o.ch == '[' && c == ']' || o.ch == '{' && c == '}' {
		return
	}
	if o.line != s.line {
		s.syntaxErrorCur(s.pos, fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, o.ch, o.line))
	} else {
		s.syntaxErrorCur(s.pos, fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, o.ch))
	}
}

// identOrString scans a name, keyword or prefixed string starting with an
// ASCII letter or '_' at s.pos.
func (s *Scanner) identOrString() {
	src := s.src
	start := s.pos
	p := start
	// The legal combinations of b, r, u and f prefixes (CPython's rules).
	sawB, sawR, sawU, sawF := false, false, false, false
	for p < len(src) {
		c := src[p]
		if !(sawB || sawU || sawF) && (c == 'b' || c == 'B') {
			sawB = true
		} else if !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U') {
			sawU = true
		} else if !(sawR || sawU) && (c == 'r' || c == 'R') {
			sawR = true
		} else if !(sawF || sawB || sawU) && (c == 'f' || c == 'F') {
			sawF = true
		} else {
			break
		}
		p++
		if p < len(src) && (src[p] == '"' || src[p] == '\'') {
			s.str(start, p)
			return
		}
	}
	for p < len(src) && isIdentByte(src[p]) {
		p++
	}
	if p < len(src) && src[p] >= 0x80 {
		s.ident(start)
		return
	}
	s.pos = p
	k := token.Name
	if n := p - start; n >= 2 && n <= 8 {
		k = token.Lookup(string(src[start:p]))
	}
	s.make(k, start, s.line, s.lineStart)
	return
}

// ident scans a name with non-ASCII characters starting at start, and
// checks it as CPython's verify_identifier does.
func (s *Scanner) ident(start int) {
	src := s.src
	p := start
	for p < len(src) && (src[p] >= 0x80 || isIdentByte(src[p])) {
		p++
	}
	s.pos = p
	for q := start; q < p; {
		r, n := rune(src[q]), 1
		if r >= 0x80 {
			r, n = utf8.DecodeRune(src[q:p])
		}
		ok := false
		if q == start {
			ok = r == '_' || isXIDStart(r)
		} else {
			ok = isXIDContinue(r)
		}
		if !ok {
			if isPrintable(r) {
				s.errorAt(s.line, s.lineStart, q, syntaxError, fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
			} else {
				s.errorAt(s.line, s.lineStart, q, syntaxError, fmt.Sprintf("invalid non-printable character U+%04X", r))
			}
			s.make(token.Illegal, start, s.line, s.lineStart)
			return
		}
		q += n
	}
	s.make(token.Name, start, s.line, s.lineStart)
	return
}
