package parser

import (
	"strings"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/literal"
	"github.com/krait-dev/krait/internal/python/scanner"
	"github.com/krait-dev/krait/internal/python/token"
)

// stringParts splits a STRING token's text into its prefix flags and body.
type stringParts struct {
	raw, bytes, fstr, u bool
	body                string
	bodyOff             int // offset of body in the parser's source
}

func (p *parser) splitString(t *token.Token) stringParts {
	text := p.text(t)
	var sp stringParts
	i := 0
	for i < len(text) && text[i] != '\'' && text[i] != '"' {
		switch text[i] {
		case 'r', 'R':
			sp.raw = true
		case 'b', 'B':
			sp.bytes = true
		case 'f', 'F':
			sp.fstr = true
		case 'u':
			sp.u = i == 0
		}
		i++
	}
	q := 1
	if i+3 <= len(text) && text[i+1] == text[i] && text[i+2] == text[i] && len(text)-i >= 6 {
		q = 3
	}
	if len(text)-i < 2*q {
		p.errorAt(t, "SyntaxError", "unterminated string literal")
		panic(bailout{})
	}
	sp.body = text[i+q : len(text)-q]
	sp.bodyOff = int(t.Off) + i + q
	return sp
}

// fstringState accumulates the parts of a JoinedStr as CPython 3.11's
// FstringParser does.
type fstringState struct {
	fmode   bool
	values  []ast.Expr
	last    strings.Builder
	hasLast bool
}

func (s *fstringState) addLiteral(v string) {
	if v == "" {
		return
	}
	s.last.WriteString(v)
	s.hasLast = true
}

// flush turns the pending literal text into a Constant located from first
// to last token.
func (p *parser) flush(s *fstringState, first, last *token.Token) {
	if !s.hasLast {
		return
	}
	s.values = append(s.values, p.strConstant(s.last.String(), first, last))
	s.last.Reset()
	s.hasLast = false
}

func (p *parser) strConstant(v string, first, last *token.Token) *ast.Constant {
	c := p.newConstant(v, ast.Loc{Lineno: first.Line, ColOffset: first.Col, EndLineno: last.EndLine, EndColOffset: last.EndCol})
	if p.src[first.Off] == 'u' {
		c.Kind = "u"
	}
	return c
}

// parseStrings parses one or more adjacent string literals into a
// Constant or, when f-strings are among them, a JoinedStr.
func (p *parser) parseStrings() ast.Expr {
	firstIdx := p.pos
	for p.kind() == token.String {
		p.next()
	}
	first, last := &p.toks[firstIdx], &p.toks[p.last]
	loc := ast.Loc{Lineno: first.Line, ColOffset: first.Col, EndLineno: last.EndLine, EndColOffset: last.EndCol}
	if firstIdx == p.last {
		// One literal, the common case.
		sp := p.splitString(first)
		switch {
		case sp.bytes:
			return &ast.Constant{Value: p.decodeBytes(first, sp), Loc: loc}
		case !sp.fstr:
			return p.strConstant(p.decodeStr(first, sp.body, sp.raw), first, last)
		}
	}
	var st fstringState
	var buf []byte
	isBytes := false
	for i := firstIdx; i <= p.last; i++ {
		t := &p.toks[i]
		sp := p.splitString(t)
		if i == firstIdx {
			isBytes = sp.bytes
		} else if sp.bytes != isBytes {
			p.errorAt(first, "SyntaxError", "cannot mix bytes and nonbytes literals")
			panic(bailout{})
		}
		switch {
		case sp.bytes:
			buf = append(buf, p.decodeBytes(t, sp)...)
		case sp.fstr:
			st.fmode = true
			pos := 0
			p.fstringConcat(&st, sp, &pos, 0, first, t, last)
		default:
			st.addLiteral(p.decodeStr(t, sp.body, sp.raw))
		}
	}
	if isBytes {
		if buf == nil {
			buf = []byte{}
		}
		return &ast.Constant{Value: buf, Loc: loc}
	}
	if !st.fmode {
		return p.strConstant(st.last.String(), first, last)
	}
	p.flush(&st, first, last)
	if st.values == nil {
		st.values = []ast.Expr{}
	}
	return &ast.JoinedStr{Values: st.values, Loc: loc}
}

func (p *parser) decodeStr(t *token.Token, body string, raw bool) string {
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body
	}
	v, err := literal.DecodeStr(body, raw)
	if err != nil {
		p.errorAt(t, "SyntaxError", err.Error())
		panic(bailout{})
	}
	return v
}

func (p *parser) decodeBytes(t *token.Token, sp stringParts) []byte {
	v, err := literal.DecodeBytes(sp.body, sp.raw)
	if err != nil {
		p.errorAt(t, "SyntaxError", err.Error())
		panic(bailout{})
	}
	return v
}

// fstringFail reports an f-string error at token t.
func (p *parser) fstringFail(t *token.Token, msg string) {
	p.errorAt(t, "SyntaxError", msg)
	panic(bailout{})
}

// fstringConcat parses the f-string body sp.body from *pos, appending to
// st, as CPython 3.11's FstringParser_ConcatFstring: literal text and
// replacement fields, until the end of the body (recurseLvl 0) or the '}'
// that closes a format spec.
func (p *parser) fstringConcat(st *fstringState, sp stringParts, pos *int, recurseLvl int, first, t, last *token.Token) {
	st.fmode = true
	body := sp.body
	for {
		lit, doubled := p.fstringLiteral(sp, pos, recurseLvl, t)
		st.addLiteral(lit)
		if doubled {
			continue
		}
		if *pos >= len(body) || body[*pos] == '}' {
			break
		}
		exprText, expr := p.fstringExpr(sp, pos, recurseLvl, first, t, last)
		st.addLiteral(exprText)
		p.flush(st, first, last)
		st.values = append(st.values, expr)
	}
	if recurseLvl == 0 && *pos < len(body) {
		p.fstringFail(t, "f-string: single '}' is not allowed")
	}
	if recurseLvl != 0 && (*pos >= len(body) || body[*pos] != '}') {
		p.fstringFail(t, "f-string: expecting '}'")
	}
}

// fstringLiteral scans literal text up to an undoubled brace. doubled
// reports that the literal ended with a doubled brace (kept once) and
// scanning should go on.
func (p *parser) fstringLiteral(sp stringParts, pos *int, recurseLvl int, t *token.Token) (lit string, doubled bool) {
	body := sp.body
	s := *pos
	start := s
	end := len(body)
	for s < end {
		ch := body[s]
		s++
		if !sp.raw && ch == '\\' && s < end {
			ch = body[s]
			s++
			if ch == 'N' {
				if s < end && body[s] == '{' {
					s++
					for s < end {
						c := body[s]
						s++
						if c == '}' {
							break
						}
					}
				}
				continue
			}
		}
		if ch == '{' || ch == '}' {
			if recurseLvl == 0 {
				if s < end && body[s] == ch {
					*pos = s + 1
					return p.decodeStr(t, body[start:s], sp.raw), true
				}
				if ch == '}' {
					*pos = s - 1
					p.fstringFail(t, "f-string: single '}' is not allowed")
				}
			}
			s--
			break
		}
	}
	*pos = s
	if start == s {
		return "", false
	}
	return p.decodeStr(t, body[start:s], sp.raw), false
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// fstringExpr parses one replacement field starting at the '{' at *pos.
// It returns the text of a self-documenting expression ("x=") if any, and
// the FormattedValue.
func (p *parser) fstringExpr(sp stringParts, pos *int, recurseLvl int, first, t, last *token.Token) (string, ast.Expr) {
	body := sp.body
	end := len(body)
	if recurseLvl >= 2 {
		p.fstringFail(t, "f-string: expressions nested too deeply")
	}
	brace := *pos
	*pos++
	exprStart := *pos
	var stack []byte
	i := *pos
scan:
	for ; i < end; i++ {
		ch := body[i]
		switch {
		case ch == '\'' || ch == '"':
			j, ok := skipString(body, i, stringPrefixIsF(body, exprStart, i))
			if !ok {
				p.fstringFail(t, "f-string: unterminated string")
			}
			i = j - 1
		case ch == '#':
			// PEP 701: a comment runs to the end of the line.
			for i < end && body[i] != '\n' {
				i++
			}
			i--
		case ch == '[' || ch == '{' || ch == '(':
			if len(stack) >= 200 {
				p.fstringFail(t, "f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		case len(stack) == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'):
			if i+1 < end {
				next := body[i+1]
				if (ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=' {
					i++
					continue
				}
			}
			if ch == '>' || ch == '<' {
				continue
			}
			break scan
		case ch == ']' || ch == '}' || ch == ')':
			if len(stack) == 0 {
				p.fstringFail(t, "f-string: unmatched '"+string(ch)+"'")
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}') {
				p.fstringFail(t, "f-string: closing parenthesis '"+string(ch)+"' does not match opening parenthesis '"+string(open)+"'")
			}
		}
	}
	if len(stack) > 0 {
		p.fstringFail(t, "f-string: unmatched '"+string(stack[len(stack)-1])+"'")
	}
	if i >= end {
		p.fstringFail(t, "f-string: expecting '}'")
	}
	exprEnd := i
	*pos = i
	value := p.fstringCompile(sp, brace, exprStart, exprEnd, t)

	exprText := ""
	if body[*pos] == '=' {
		*pos++
		for *pos < end && isSpace(body[*pos]) {
			*pos++
		}
		if *pos >= end {
			p.fstringFail(t, "f-string: expecting '}'")
		}
		exprText = body[exprStart:*pos]
	}
	conversion := -1
	if body[*pos] == '!' {
		*pos++
		if *pos >= end {
			p.fstringFail(t, "f-string: expecting '}'")
		}
		c := body[*pos]
		*pos++
		if c != 's' && c != 'r' && c != 'a' {
			p.fstringFail(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		conversion = int(c)
	}
	var spec ast.Expr
	if *pos < end && body[*pos] == ':' {
		*pos++
		if *pos >= end {
			p.fstringFail(t, "f-string: expecting '}'")
		}
		var sst fstringState
		p.fstringConcat(&sst, sp, pos, recurseLvl+1, first, t, last)
		p.flush(&sst, t, t)
		if sst.values == nil {
			sst.values = []ast.Expr{}
		}
		spec = &ast.JoinedStr{Values: sst.values, Loc: ast.Loc{Lineno: t.Line, ColOffset: t.Col, EndLineno: t.EndLine, EndColOffset: t.EndCol}}
	}
	if *pos >= end || body[*pos] != '}' {
		p.fstringFail(t, "f-string: expecting '}'")
	}
	*pos++
	if exprText != "" && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	fv := &ast.FormattedValue{Value: value, Conversion: conversion, FormatSpec: spec,
		Loc: ast.Loc{Lineno: first.Line, ColOffset: first.Col, EndLineno: last.EndLine, EndColOffset: last.EndCol}}
	return exprText, fv
}

// stringPrefixIsF reports whether the string literal whose quote is at
// body[q] has an f prefix.
func stringPrefixIsF(body string, from, q int) bool {
	for i := q - 1; i >= from && i >= q-2; i-- {
		c := body[i]
		if c == 'f' || c == 'F' {
			return true
		}
		if c != 'r' && c != 'R' && c != 'b' && c != 'B' && c != 'u' && c != 'U' {
			return false
		}
	}
	return false
}

// skipString returns the index just past the string literal whose opening
// quote is at body[i]; f-strings are skipped with their replacement
// fields, which may hold strings with the same quotes (PEP 701).
func skipString(body string, i int, fstr bool) (int, bool) {
	q := body[i]
	n := 1
	if i+2 < len(body) && body[i+1] == q && body[i+2] == q {
		n = 3
	}
	j := i + n
	depth := 0
	for j < len(body) {
		c := body[j]
		switch {
		case c == '\\':
			j += 2
			continue
		case fstr && c == '{':
			if depth == 0 && j+1 < len(body) && body[j+1] == '{' {
				j += 2
				continue
			}
			depth++
		case fstr && c == '}' && depth > 0:
			depth--
		case fstr && depth > 0 && (c == '\'' || c == '"'):
			k, ok := skipString(body, j, stringPrefixIsF(body, 0, j))
			if !ok {
				return 0, false
			}
			j = k
			continue
		case c == q && depth == 0:
			if n == 1 {
				return j + 1, true
			}
			if j+2 < len(body) && body[j+1] == q && body[j+2] == q {
				return j + 3, true
			}
		}
		j++
	}
	return 0, false
}

// fstringCompile parses the expression of a replacement field,
// body[exprStart:exprEnd], as CPython 3.11 does: the text is wrapped in
// parentheses and parsed with positions shifted to the field's place.
func (p *parser) fstringCompile(sp stringParts, brace, exprStart, exprEnd int, t *token.Token) ast.Expr {
	body := sp.body
	blank := true
	for i := exprStart; i < exprEnd; i++ {
		if !isSpace(body[i]) {
			blank = false
			break
		}
	}
	if blank {
		p.fstringFail(t, "f-string: empty expression not allowed")
	}
	// Where the field's '{' is relative to the token.
	absBrace := sp.bodyOff + brace
	before := p.src[t.Off:absBrace]
	lines := int32(strings.Count(before, "\n"))
	newlineAfterBrace := true
	for i := exprStart; i < len(body) && body[i] != '}' && body[i] != '\n'; i++ {
		if body[i] != ' ' && body[i] != '\t' && body[i] != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	var cols int32
	if !newlineAfterBrace {
		if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
			cols = int32(len(before) - nl - 1)
		} else {
			cols = int32(len(before))
		}
	}
	shift := cols
	if lines == 0 {
		shift += t.Col
	}
	text := make([]byte, 0, exprEnd-exprStart+2)
	text = append(text, '(')
	text = append(text, body[exprStart:exprEnd]...)
	text = append(text, ')')

	sub := &parser{filename: p.filename}
	sub.init(text, scanner.NewFragment(text, t.Line+lines, shift), p.depth+1)
	var e ast.Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(bailout); !ok {
					panic(r)
				}
				e = nil
			}
		}()
		e = sub.parseStarExpressions()
		sub.got(token.Newline)
		if sub.kind() != token.EOF {
			sub.syntaxError()
		}
	}()
	for _, e := range sub.errors {
		if !strings.HasPrefix(e.Msg, "f-string") {
			e.Msg = "f-string: " + e.Msg
		}
		p.errors = append(p.errors, e)
	}
	if e == nil {
		if len(sub.errors) == 0 {
			p.fstringFail(t, "f-string: invalid syntax")
		}
		panic(bailout{})
	}
	return e
}
