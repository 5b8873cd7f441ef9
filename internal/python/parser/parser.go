package parser

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/scanner"
	"github.com/krait-dev/krait/internal/python/token"
)

// maxDepth bounds the recursion of the parser; deeper input is rejected
// with CPython's "too complex" error instead of exhausting the stack.
const maxDepth = 3000

// maxKeptTokens is the largest token buffer (in tokens) a Parser keeps
// for the next file; a bigger one, from a huge file, is left to the
// garbage collector.
const maxKeptTokens = 1 << 20

// ParseFile parses the raw bytes of a Python file (any PEP 263 encoding).
// It always returns a File with a non-nil Module; when the source has
// syntax errors the module holds the statements that could be parsed and
// Errors lists the problems, the one CPython would report first.
func ParseFile(filename string, src []byte) *File {
	var ps Parser
	return ps.ParseFile(filename, src)
}

// Parser parses files one after another and reuses its buffers between
// them, which saves allocations when many files are parsed. The zero
// Parser is ready to use; a Parser must not be used by two goroutines at
// once. The trees it returns do not share memory with it.
type Parser struct {
	toks []token.Token
}

// ParseFile is the function ParseFile, reusing the parser's buffers.
func (ps *Parser) ParseFile(filename string, src []byte) (f *File) {
	f = &File{Filename: filename, Module: &ast.Module{}}
	text, derr := scanner.Decode(src)
	p := &parser{filename: filename, toks: ps.toks[:0]}
	defer func() {
		// Keep the token buffer for the next file, unless this one was
		// huge: a buffer is not kept above maxKeptTokens.
		if cap(p.toks) <= maxKeptTokens {
			ps.toks = p.toks[:0]
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			// An internal error must never escape as a panic: report it as a
			// syntax error of the file so the rest of a scan goes on.
			f.Errors = append(f.Errors, &Error{Filename: filename, Line: 1, Col: 1, Kind: "SyntaxError",
				Msg: fmt.Sprintf("internal parser error: %v", r)})
		}
	}()
	if derr != nil {
		p.addScanError(*derr)
	}
	p.init(text, scanner.New(text), 0)
	f.Module.Body = p.parseFile()
	f.Comments = p.comments
	p.sortErrors()
	f.Errors = p.errors
	return f
}

// isEOFError reports whether e is only detected at the end of the file.
func isEOFError(e *Error) bool {
	return strings.HasSuffix(e.Msg, "was never closed")
}

func before(a, b *Error) bool {
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Col < b.Col
}

// sortErrors puts the errors in the order CPython finds them, so that the
// first is the one it reports: by position, except that an unclosed
// bracket is only noticed at the end of the file. CPython still reports
// the unclosed bracket first when the parser failed inside it on a later
// line, or on an operand where a comma is missing, because it then looks
// ahead to the end of the file.
func (p *parser) sortErrors() {
	sort.SliceStable(p.errors, func(i, j int) bool { return before(p.errors[i], p.errors[j]) })
	var unclosed, first *Error
	for _, e := range p.errors {
		if isEOFError(e) {
			if unclosed == nil {
				unclosed = e
			}
		} else if first == nil {
			first = e
		}
	}
	if unclosed == nil || first == nil {
		return
	}
	if before(unclosed, first) && (first.Line > unclosed.Line || first.atOperand) {
		return
	}
	// Move the unclosed-bracket errors to the end.
	sort.SliceStable(p.errors, func(i, j int) bool { return !isEOFError(p.errors[i]) && isEOFError(p.errors[j]) })
}

// bailout is panicked with to abandon the statement being parsed after a
// syntax error; parseStatement recovers it and resynchronises.
type bailout struct{}

type parser struct {
	filename string
	src      string // decoded source text; token text is sliced from it
	toks     []token.Token
	pos      int // index of the current token
	last     int // index of the last consumed token other than NEWLINE/INDENT/DEDENT
	errors   []*Error
	comments []ast.Comment
	slabs    slabs
	depth    int
	// speculative counts nested attempts whose errors may be discarded.
	speculative int
}

func (p *parser) init(text []byte, s *scanner.Scanner, depth int) {
	p.src = string(text)
	s.ShareText(p.src)
	// Typical source has one token per 6 bytes; grow by doubling so a huge
	// file does not copy its token array many times.
	if want := len(text)/5 + 16; cap(p.toks) < want {
		p.toks = make([]token.Token, 0, want)
	}
	p.toks = p.toks[:0]
	for {
		if len(p.toks) == cap(p.toks) {
			grown := make([]token.Token, len(p.toks), 2*cap(p.toks))
			copy(grown, p.toks)
			p.toks = grown
		}
		t := s.Next()
		p.toks = append(p.toks, t)
		if t.Kind == token.EOF {
			break
		}
	}
	for _, e := range s.Errors() {
		p.addScanError(e)
	}
	p.comments = append(p.comments, s.Comments()...)
	p.depth = depth
	p.last = -1
}

func (p *parser) addScanError(e scanner.Error) {
	p.errors = append(p.errors, &Error{Filename: p.filename, Line: int(e.Line), Col: int(e.Col) + 1, Kind: e.Kind, Msg: e.Msg})
}

// tok returns the current token.
func (p *parser) tok() *token.Token { return &p.toks[p.pos] }

// kind returns the kind of the current token.
func (p *parser) kind() token.Kind { return p.toks[p.pos].Kind }

// peekKind returns the kind of the token n places ahead.
func (p *parser) peekKind(n int) token.Kind {
	if i := p.pos + n; i < len(p.toks) {
		return p.toks[i].Kind
	}
	return token.EOF
}

// text returns the source text of token t.
func (p *parser) text(t *token.Token) string { return p.src[t.Off:t.EndOff] }

// isName reports whether the current token is the name (soft keyword) s.
func (p *parser) isName(s string) bool {
	t := &p.toks[p.pos]
	return t.Kind == token.Name && p.src[t.Off:t.EndOff] == s
}

// next consumes the current token.
func (p *parser) next() {
	t := &p.toks[p.pos]
	switch t.Kind {
	case token.EOF:
		return
	case token.Newline, token.Indent, token.Dedent:
	default:
		p.last = p.pos
	}
	p.pos++
}

// got consumes the current token if it is of kind k.
func (p *parser) got(k token.Kind) bool {
	if p.toks[p.pos].Kind == k {
		p.next()
		return true
	}
	return false
}

// expect consumes a token of kind k or fails with a syntax error.
func (p *parser) expect(k token.Kind) {
	if !p.got(k) {
		p.expected(k.String())
	}
}

func (p *parser) expected(what string) {
	switch p.kind() {
	case token.Newline, token.EOF:
		if what == ":" {
			p.fail("expected ':'")
		}
	case token.Indent:
		p.failIndent("unexpected indent")
	}
	p.syntaxError()
}

// loc returns the location from the token at index start to the last
// consumed token.
func (p *parser) loc(start int) ast.Loc {
	s := &p.toks[start]
	l := ast.Loc{Lineno: s.Line, ColOffset: s.Col}
	if p.last >= start {
		e := &p.toks[p.last]
		l.EndLineno, l.EndColOffset = e.EndLine, e.EndCol
	} else {
		l.EndLineno, l.EndColOffset = s.EndLine, s.EndCol
	}
	return l
}

// tokLoc returns the location of the single token at index i.
func (p *parser) tokLoc(i int) ast.Loc {
	t := &p.toks[i]
	return ast.Loc{Lineno: t.Line, ColOffset: t.Col, EndLineno: t.EndLine, EndColOffset: t.EndCol}
}

// identifier returns the NFKC-normalised name of token t, as CPython
// normalises identifiers. ASCII names are slices of the source.
func (p *parser) identifier(t *token.Token) string {
	s := p.src[t.Off:t.EndOff]
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return norm.NFKC.String(s)
		}
	}
	return s
}

// name consumes a NAME token and returns its identifier.
func (p *parser) name() string {
	t := p.tok()
	if t.Kind != token.Name {
		p.expected("name")
	}
	p.next()
	return p.identifier(t)
}

// errorAt records an error at token t without abandoning the statement.
func (p *parser) errorAt(t *token.Token, kind, msg string) {
	if t.Kind == token.Illegal {
		return // the scanner reported it already
	}
	if t.Kind == token.EOF || int(t.Off) == len(p.src) {
		// At the end of the file an unclosed bracket is the real cause.
		for _, e := range p.errors {
			if isEOFError(e) {
				return
			}
		}
	}
	p.errors = append(p.errors, &Error{Filename: p.filename, Line: int(t.Line), Col: int(t.Col) + 1, Kind: kind, Msg: msg,
		atOperand: t.Kind == token.Name || t.Kind == token.Number || t.Kind == token.String})
}

// errorAtLoc records an error at a node's location.
func (p *parser) errorAtLoc(l ast.Loc, msg string) {
	p.errors = append(p.errors, &Error{Filename: p.filename, Line: int(l.Lineno), Col: int(l.ColOffset) + 1, Kind: "SyntaxError", Msg: msg})
}

// fail records a syntax error at the current token and abandons the
// statement.
func (p *parser) fail(msg string) {
	p.errorAt(p.tok(), "SyntaxError", msg)
	panic(bailout{})
}

func (p *parser) failIndent(msg string) {
	t := p.tok()
	if t.Kind == token.Indent {
		// CPython reports an unexpected indent after the indentation.
		p.errors = append(p.errors, &Error{Filename: p.filename, Line: int(t.Line), Col: int(t.EndCol), Kind: "IndentationError", Msg: msg})
		panic(bailout{})
	}
	p.errorAt(t, "IndentationError", msg)
	panic(bailout{})
}

// failAt records a syntax error at a node and abandons the statement.
func (p *parser) failAt(l ast.Loc, msg string) {
	p.errorAtLoc(l, msg)
	panic(bailout{})
}

// syntaxError reports CPython's generic "invalid syntax" at the current
// token, with its more specific messages where they apply.
func (p *parser) syntaxError() {
	t := p.tok()
	switch t.Kind {
	case token.EOF:
		p.fail("unexpected EOF while parsing")
	case token.Indent:
		p.failIndent("unexpected indent")
	case token.Dedent:
		p.failIndent("unindent does not match any outer indentation level")
	}
	p.fail("invalid syntax")
}

// enter guards the recursion depth; every recursive production calls it.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.depth = 0 // let the error unwind without tripping again
		p.fail("too many nested expressions: Python source too complex to parse")
	}
}

func (p *parser) leave() { p.depth-- }

// try runs f speculatively: when f fails, the tokens and errors it
// consumed are given back and try returns false.
func (p *parser) try(f func()) (ok bool) {
	pos, last, nerr, depth := p.pos, p.last, len(p.errors), p.depth
	p.speculative++
	defer func() {
		p.speculative--
		if r := recover(); r != nil {
			if _, isBail := r.(bailout); !isBail {
				panic(r)
			}
			p.pos, p.last, p.errors, p.depth = pos, last, p.errors[:nerr], depth
			ok = false
		}
	}()
	f()
	return true
}

// slabs hands out the most common nodes from arrays, which cuts the
// number of allocations of a parse by half.
type slabs struct {
	names     []ast.Name
	consts    []ast.Constant
	attrs     []ast.Attribute
	calls     []ast.Call
	exprs     []ast.ExprStmt
	assigns   []ast.Assign
	args      []ast.Arg
	kws       []ast.Keyword
	arguments []ast.Arguments

	// Backing arrays for the short lists of the tree (arguments, elements,
	// statements of a block): each list reserves a few slots, and only a
	// list that outgrows them is moved to its own array by append.
	exprLists []ast.Expr
	stmtLists []ast.Stmt
	kwLists   []*ast.Keyword
	argLists  []*ast.Arg
	cmpOps    []ast.CmpOperator
}

// listSlots is how many elements a list reserves in its slab; most lists
// of real code (call arguments, tuple elements, decorators) have no more.
const listSlots = 4

// reserve returns an empty slice whose capacity is n slots of the slab s,
// owned by the caller alone: appending up to n elements allocates nothing,
// and appending more moves the list out of the slab.
func reserve[T any](s *[]T, n int) []T {
	if cap(*s)-len(*s) < n {
		// Chunks grow with the file, as in alloc, so a small file does
		// not pay for big ones.
		*s = make([]T, 0, min(max(2*cap(*s), 64), 1024))
	}
	l := len(*s)
	*s = (*s)[:l+n]
	return (*s)[l : l : l+n]
}

// exprList returns a new expression list holding first, with room to grow.
func (p *parser) exprList(first ast.Expr) []ast.Expr {
	return append(reserve(&p.slabs.exprLists, listSlots), first)
}

// alloc returns a pointer to a fresh zero element of the slab s.
func alloc[T any](s *[]T) *T {
	if len(*s) == cap(*s) {
		n := 2 * cap(*s)
		switch {
		case n < 16:
			n = 16
		case n > 1024:
			n = 1024
		}
		*s = make([]T, 0, n)
	}
	*s = (*s)[:len(*s)+1]
	return &(*s)[len(*s)-1]
}

func (p *parser) newName(id string, ctx ast.ExprContext, loc ast.Loc) *ast.Name {
	n := alloc(&p.slabs.names)
	n.Id, n.Ctx, n.Loc = id, ctx, loc
	return n
}

func (p *parser) newConstant(v ast.Value, loc ast.Loc) *ast.Constant {
	n := alloc(&p.slabs.consts)
	n.Value, n.Loc = v, loc
	return n
}

// addKeyword appends the keyword argument arg=value (arg "" for **value)
// to list.
func (p *parser) addKeyword(list []*ast.Keyword, arg string, value ast.Expr, loc ast.Loc) []*ast.Keyword {
	if list == nil {
		list = reserve(&p.slabs.kwLists, listSlots)
	}
	k := alloc(&p.slabs.kws)
	k.Arg, k.Value, k.Loc = arg, value, loc
	return append(list, k)
}
