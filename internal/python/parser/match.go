package parser

import (
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/token"
)

// tryMatch parses a match statement when the soft keyword "match" starts
// one, or returns nil so that the line is parsed as a simple statement.
func (p *parser) tryMatch() ast.Stmt {
	start := p.pos
	var subject ast.Expr
	ok := p.try(func() {
		p.next()
		subject = p.parseSubject()
		if !p.got(token.Colon) || p.kind() != token.Newline {
			p.syntaxError()
		}
	})
	if !ok {
		p.pos = start
		return nil
	}
	p.next() // NEWLINE
	if !p.got(token.Indent) {
		p.failIndent("expected an indented block after 'match' statement on line " + itoa(int(p.toks[start].Line)))
	}
	var cases []*ast.MatchCase
	for p.isName("case") {
		cases = append(cases, p.parseCase())
	}
	if len(cases) == 0 {
		p.syntaxError()
	}
	if !p.got(token.Dedent) && p.kind() != token.EOF {
		p.syntaxError()
	}
	return &ast.Match{Subject: subject, Cases: cases, Loc: p.loc(start)}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// parseSubject parses subject_expr.
func (p *parser) parseSubject() ast.Expr {
	start := p.pos
	first := p.parseStarNamedExpression()
	if p.kind() != token.Comma {
		if _, ok := first.(*ast.Starred); ok {
			p.syntaxError()
		}
		return first
	}
	elts := p.exprList(first)
	for p.got(token.Comma) {
		if p.kind() == token.Colon {
			break
		}
		elts = append(elts, p.parseStarNamedExpression())
	}
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Loc: p.loc(start)}
}

func (p *parser) parseCase() *ast.MatchCase {
	line := p.tok().Line
	p.next() // case
	c := &ast.MatchCase{Pattern: p.parsePatterns()}
	if p.got(token.If) {
		c.Guard = p.parseNamedExpression()
	}
	p.expectColon()
	c.Body = p.parseBlock("'case' statement", line)
	return c
}

// parsePatterns parses the pattern of a case: an open sequence or a
// single pattern.
func (p *parser) parsePatterns() ast.Pattern {
	start := p.pos
	first := p.parseMaybeStarPattern()
	if p.kind() != token.Comma {
		if _, ok := first.(*ast.MatchStar); ok {
			p.syntaxError()
		}
		return first
	}
	pats := []ast.Pattern{first}
	for p.got(token.Comma) {
		if p.kind() == token.Colon || p.kind() == token.If {
			break
		}
		pats = append(pats, p.parseMaybeStarPattern())
	}
	return &ast.MatchSequence{Patterns: pats, Loc: p.loc(start)}
}

func (p *parser) parseMaybeStarPattern() ast.Pattern {
	if p.kind() != token.Star {
		return p.parsePattern()
	}
	start := p.pos
	p.next()
	name := p.name()
	if name == "_" {
		name = ""
	}
	return &ast.MatchStar{Name: name, Loc: p.loc(start)}
}

// parsePattern parses as_pattern | or_pattern.
func (p *parser) parsePattern() ast.Pattern {
	p.enter()
	defer p.leave()
	start := p.pos
	first := p.parseClosedPattern()
	pat := first
	if p.kind() == token.VBar {
		pats := []ast.Pattern{first}
		for p.got(token.VBar) {
			pats = append(pats, p.parseClosedPattern())
		}
		pat = &ast.MatchOr{Patterns: pats, Loc: p.loc(start)}
	}
	if p.got(token.As) {
		t := p.tok()
		name := p.name()
		if name == "_" {
			p.errorAt(t, "SyntaxError", "cannot use '_' as a target")
			panic(bailout{})
		}
		pat = &ast.MatchAs{Pattern: pat, Name: name, Loc: p.loc(start)}
	}
	return pat
}

// parseClosedPattern parses closed_pattern.
func (p *parser) parseClosedPattern() ast.Pattern {
	start := p.pos
	switch p.kind() {
	case token.None:
		p.next()
		return &ast.MatchSingleton{Value: nil, Loc: p.loc(start)}
	case token.True:
		p.next()
		return &ast.MatchSingleton{Value: true, Loc: p.loc(start)}
	case token.False:
		p.next()
		return &ast.MatchSingleton{Value: false, Loc: p.loc(start)}
	case token.Number, token.Minus:
		v := p.parseSignedNumberOrComplex()
		return &ast.MatchValue{Value: v, Loc: p.loc(start)}
	case token.String:
		v := p.parseStrings()
		return &ast.MatchValue{Value: v, Loc: p.loc(start)}
	case token.LPar:
		p.next()
		if p.got(token.RPar) {
			return &ast.MatchSequence{Patterns: []ast.Pattern{}, Loc: p.loc(start)}
		}
		first := p.parseMaybeStarPattern()
		if p.kind() == token.Comma {
			pats := []ast.Pattern{first}
			for p.got(token.Comma) {
				if p.kind() == token.RPar {
					break
				}
				pats = append(pats, p.parseMaybeStarPattern())
			}
			p.expect(token.RPar)
			return &ast.MatchSequence{Patterns: pats, Loc: p.loc(start)}
		}
		p.expect(token.RPar)
		if _, ok := first.(*ast.MatchStar); ok {
			return &ast.MatchSequence{Patterns: []ast.Pattern{first}, Loc: p.loc(start)}
		}
		return first
	case token.LSqb:
		p.next()
		pats := []ast.Pattern{}
		for p.kind() != token.RSqb {
			pats = append(pats, p.parseMaybeStarPattern())
			if !p.got(token.Comma) {
				break
			}
		}
		p.expect(token.RSqb)
		return &ast.MatchSequence{Patterns: pats, Loc: p.loc(start)}
	case token.LBrace:
		return p.parseMappingPattern()
	case token.Name:
		nameTok := p.tok()
		p.next()
		var e ast.Expr = &ast.Name{Id: p.identifier(nameTok), Ctx: ast.Load, Loc: p.tokLoc(start)}
		dotted := false
		for p.got(token.Dot) {
			attr := p.name()
			e = &ast.Attribute{Value: e, Attr: attr, Ctx: ast.Load, Loc: p.loc(start)}
			dotted = true
		}
		if p.kind() == token.LPar {
			return p.parseClassPattern(start, e)
		}
		if dotted {
			return &ast.MatchValue{Value: e, Loc: p.loc(start)}
		}
		name := e.(*ast.Name).Id
		if name == "_" {
			return &ast.MatchAs{Loc: p.loc(start)}
		}
		return &ast.MatchAs{Name: name, Loc: p.loc(start)}
	}
	p.syntaxError()
	return nil
}

// parseSignedNumberOrComplex parses signed_number or complex_number as
// an expression.
func (p *parser) parseSignedNumberOrComplex() ast.Expr {
	start := p.pos
	var e ast.Expr
	if p.got(token.Minus) {
		t := p.tok()
		if t.Kind != token.Number {
			p.syntaxError()
		}
		nstart := p.pos
		p.next()
		num := &ast.Constant{Value: p.number(t), Loc: p.tokLoc(nstart)}
		e = &ast.UnaryOp{Op: ast.USub, Operand: num, Loc: p.loc(start)}
	} else {
		t := p.tok()
		p.next()
		e = &ast.Constant{Value: p.number(t), Loc: p.tokLoc(start)}
	}
	if k := p.kind(); k == token.Plus || k == token.Minus {
		op := ast.Add
		if k == token.Minus {
			op = ast.Sub
		}
		p.next()
		t := p.tok()
		if t.Kind != token.Number {
			p.syntaxError()
		}
		istart := p.pos
		p.next()
		v := p.number(t)
		if _, ok := v.(complex128); !ok {
			p.failAt(p.tokLoc(istart), "imaginary number required in complex literal")
		}
		if _, ok := e.(*ast.Constant); ok {
			if _, isComplex := e.(*ast.Constant).Value.(complex128); isComplex {
				p.failAt(e.Location(), "real number required in complex literal")
			}
		}
		right := &ast.Constant{Value: v, Loc: p.tokLoc(istart)}
		e = &ast.BinOp{Left: e, Op: op, Right: right, Loc: p.loc(start)}
	}
	return e
}

func (p *parser) parseMappingPattern() ast.Pattern {
	start := p.pos
	p.next()
	m := &ast.MatchMapping{Keys: []ast.Expr{}, Patterns: []ast.Pattern{}}
	for p.kind() != token.RBrace {
		if p.got(token.DoubleStar) {
			m.Rest = p.name()
			p.got(token.Comma)
			break
		}
		var key ast.Expr
		kstart := p.pos
		switch p.kind() {
		case token.Number, token.Minus:
			key = p.parseSignedNumberOrComplex()
		case token.String:
			key = p.parseStrings()
		case token.None:
			p.next()
			key = &ast.Constant{Value: nil, Loc: p.loc(kstart)}
		case token.True:
			p.next()
			key = &ast.Constant{Value: true, Loc: p.loc(kstart)}
		case token.False:
			p.next()
			key = &ast.Constant{Value: false, Loc: p.loc(kstart)}
		case token.Name:
			t := p.tok()
			p.next()
			key = &ast.Name{Id: p.identifier(t), Ctx: ast.Load, Loc: p.tokLoc(kstart)}
			if p.kind() != token.Dot {
				p.syntaxError()
			}
			for p.got(token.Dot) {
				key = &ast.Attribute{Value: key, Attr: p.name(), Ctx: ast.Load, Loc: p.loc(kstart)}
			}
		default:
			p.syntaxError()
		}
		p.expectColon()
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.parsePattern())
		if !p.got(token.Comma) {
			break
		}
	}
	p.expect(token.RBrace)
	m.Loc = p.loc(start)
	return m
}

func (p *parser) parseClassPattern(start int, cls ast.Expr) ast.Pattern {
	p.next() // (
	c := &ast.MatchClass{Cls: cls, Patterns: []ast.Pattern{}, KwdAttrs: []string{}, KwdPatterns: []ast.Pattern{}}
	for p.kind() != token.RPar {
		if p.kind() == token.Name && p.peekKind(1) == token.Equal {
			c.KwdAttrs = append(c.KwdAttrs, p.name())
			p.next()
			c.KwdPatterns = append(c.KwdPatterns, p.parsePattern())
		} else {
			pat := p.parsePattern()
			if len(c.KwdAttrs) > 0 {
				p.failAt(pat.Location(), "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.got(token.Comma) {
			break
		}
	}
	p.expect(token.RPar)
	c.Loc = p.loc(start)
	return c
}
