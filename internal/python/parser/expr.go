package parser

import (
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/literal"
	"github.com/krait-dev/krait/internal/python/token"
)

// parseStarExpressions parses star_expressions: one or more
// star_expression separated by commas; several (or a trailing comma) make
// a Tuple.
func (p *parser) parseStarExpressions() ast.Expr {
	start := p.pos
	first := p.parseStarExpression()
	if p.kind() != token.Comma {
		return first
	}
	elts := p.exprList(first)
	for p.got(token.Comma) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.parseStarExpression())
	}
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Loc: p.loc(start)}
}

// startsExpression reports whether the current token can begin an
// expression.
func (p *parser) startsExpression() bool {
	switch p.kind() {
	case token.Name, token.Number, token.String, token.LPar, token.LSqb, token.LBrace,
		token.Minus, token.Plus, token.Tilde, token.Star, token.Ellipsis, token.None,
		token.True, token.False, token.Not, token.Lambda, token.Await, token.DoubleStar,
		token.Illegal:
		return true
	}
	return false
}

// parseStarExpression parses '*' bitwise_or | expression.
func (p *parser) parseStarExpression() ast.Expr {
	if p.kind() == token.Star {
		start := p.pos
		p.next()
		v := p.parseBitOr()
		return &ast.Starred{Value: v, Ctx: ast.Load, Loc: p.loc(start)}
	}
	return p.parseExpression()
}

// parseStarNamedExpression parses '*' bitwise_or | named_expression.
func (p *parser) parseStarNamedExpression() ast.Expr {
	if p.kind() == token.Star {
		start := p.pos
		p.next()
		v := p.parseBitOr()
		return &ast.Starred{Value: v, Ctx: ast.Load, Loc: p.loc(start)}
	}
	return p.parseNamedExpression()
}

// parseNamedExpression parses NAME ':=' expression | expression.
func (p *parser) parseNamedExpression() ast.Expr {
	if p.kind() == token.Name && p.peekKind(1) == token.ColonEqual {
		start := p.pos
		target := &ast.Name{Id: p.identifier(p.tok()), Ctx: ast.Store, Loc: p.tokLoc(p.pos)}
		p.next()
		p.next()
		value := p.parseExpression()
		return &ast.NamedExpr{Target: target, Value: value, Loc: p.loc(start)}
	}
	e := p.parseExpression()
	if p.kind() == token.ColonEqual {
		p.failAt(e.Location(), "cannot use assignment expressions with "+describe(e))
	}
	return e
}

// parseExpression parses expression: a conditional expression or lambda.
func (p *parser) parseExpression() ast.Expr {
	p.enter()
	defer p.leave()
	if p.kind() == token.Lambda {
		return p.parseLambda()
	}
	start := p.pos
	body := p.parseDisjunction()
	if p.kind() != token.If {
		return body
	}
	p.next()
	test := p.parseDisjunction()
	if !p.got(token.Else) {
		p.fail("expected 'else' after 'if' expression")
	}
	orelse := p.parseExpression()
	return &ast.IfExp{Test: test, Body: body, Orelse: orelse, Loc: p.loc(start)}
}

func (p *parser) parseLambda() ast.Expr {
	start := p.pos
	p.next()
	args := p.parseParameters(token.Colon, false)
	p.expectColon()
	body := p.parseExpression()
	return &ast.Lambda{Args: args, Body: body, Loc: p.loc(start)}
}

func (p *parser) parseDisjunction() ast.Expr {
	start := p.pos
	first := p.parseConjunction()
	if p.kind() != token.Or {
		return first
	}
	values := p.exprList(first)
	for p.got(token.Or) {
		values = append(values, p.parseConjunction())
	}
	return &ast.BoolOp{Op: ast.Or, Values: values, Loc: p.loc(start)}
}

func (p *parser) parseConjunction() ast.Expr {
	start := p.pos
	first := p.parseInversion()
	if p.kind() != token.And {
		return first
	}
	values := p.exprList(first)
	for p.got(token.And) {
		values = append(values, p.parseInversion())
	}
	return &ast.BoolOp{Op: ast.And, Values: values, Loc: p.loc(start)}
}

func (p *parser) parseInversion() ast.Expr {
	if p.kind() == token.Not {
		p.enter()
		defer p.leave()
		start := p.pos
		p.next()
		operand := p.parseInversion()
		return &ast.UnaryOp{Op: ast.Not, Operand: operand, Loc: p.loc(start)}
	}
	return p.parseComparison()
}

func (p *parser) parseComparison() ast.Expr {
	start := p.pos
	left := p.parseBitOr()
	var ops []ast.CmpOperator
	var comparators []ast.Expr
	for {
		var op ast.CmpOperator
		switch p.kind() {
		case token.EqEqual:
			op = ast.Eq
		case token.NotEqual:
			op = ast.NotEq
		case token.Less:
			op = ast.Lt
		case token.LessEqual:
			op = ast.LtE
		case token.Greater:
			op = ast.Gt
		case token.GreaterEqual:
			op = ast.GtE
		case token.In:
			op = ast.In
		case token.Is:
			op = ast.Is
			if p.peekKind(1) == token.Not {
				p.next()
				op = ast.IsNot
			}
		case token.Not:
			if p.peekKind(1) != token.In {
				goto done
			}
			p.next()
			op = ast.NotIn
		default:
			goto done
		}
		p.next()
		if ops == nil {
			// Most comparisons have one operator.
			ops = reserve(&p.slabs.cmpOps, 1)
			comparators = reserve(&p.slabs.exprLists, 1)
		}
		ops = append(ops, op)
		comparators = append(comparators, p.parseBitOr())
	}
done:
	if ops == nil {
		return left
	}
	return &ast.Compare{Left: left, Ops: ops, Comparators: comparators, Loc: p.loc(start)}
}

// binaryOp returns the precedence and operator of a binary operator token;
// precedence 0 means the token is not one.
func binaryOp(k token.Kind) (int, ast.Operator) {
	switch k {
	case token.VBar:
		return 1, ast.BitOr
	case token.Circumflex:
		return 2, ast.BitXor
	case token.Amper:
		return 3, ast.BitAnd
	case token.LeftShift:
		return 4, ast.LShift
	case token.RightShift:
		return 4, ast.RShift
	case token.Plus:
		return 5, ast.Add
	case token.Minus:
		return 5, ast.Sub
	case token.Star:
		return 6, ast.Mult
	case token.Slash:
		return 6, ast.Div
	case token.DoubleSlash:
		return 6, ast.FloorDiv
	case token.Percent:
		return 6, ast.Modulo
	case token.At:
		return 6, ast.MatMult
	}
	return 0, 0
}

// parseBitOr parses bitwise_or and everything that binds tighter.
func (p *parser) parseBitOr() ast.Expr { return p.parseBinary(1) }

// parseBinary parses left-associative binary operators of precedence at
// least minPrec by precedence climbing.
func (p *parser) parseBinary(minPrec int) ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	left := p.parseFactor()
	for {
		prec, op := binaryOp(p.kind())
		if prec < minPrec || prec == 0 {
			return left
		}
		p.next()
		right := p.parseBinary(prec + 1)
		left = &ast.BinOp{Left: left, Op: op, Right: right, Loc: p.loc(start)}
	}
}

// parseFactor parses unary plus, minus and invert, then power.
func (p *parser) parseFactor() ast.Expr {
	var op ast.UnaryOperator
	switch p.kind() {
	case token.Plus:
		op = ast.UAdd
	case token.Minus:
		op = ast.USub
	case token.Tilde:
		op = ast.Invert
	default:
		return p.parsePower()
	}
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	operand := p.parseFactor()
	return &ast.UnaryOp{Op: op, Operand: operand, Loc: p.loc(start)}
}

// parsePower parses await_primary ['**' factor].
func (p *parser) parsePower() ast.Expr {
	start := p.pos
	var left ast.Expr
	if p.kind() == token.Await {
		p.next()
		v := p.parsePrimary()
		left = &ast.Await{Value: v, Loc: p.loc(start)}
	} else {
		left = p.parsePrimary()
	}
	if p.kind() != token.DoubleStar {
		return left
	}
	p.next()
	p.enter()
	defer p.leave()
	right := p.parseFactor()
	return &ast.BinOp{Left: left, Op: ast.Pow, Right: right, Loc: p.loc(start)}
}

// parsePrimary parses an atom followed by attribute references, calls and
// subscripts.
func (p *parser) parsePrimary() ast.Expr {
	start := p.pos
	e := p.parseAtom()
	for {
		switch p.kind() {
		case token.Dot:
			p.next()
			t := p.tok()
			if t.Kind != token.Name {
				p.syntaxError()
			}
			p.next()
			a := alloc(&p.slabs.attrs)
			a.Value, a.Attr, a.Loc = e, p.identifier(t), p.loc(start)
			e = a
		case token.LPar:
			p.enter()
			lpar := p.pos
			p.next()
			args, keywords := p.parseCallArguments(true)
			p.expect(token.RPar)
			if len(args) == 1 && keywords == nil {
				if g, ok := args[0].(*ast.GeneratorExp); ok && g.Loc.Lineno == 0 {
					g.Loc = p.loc(lpar)
				}
			}
			c := alloc(&p.slabs.calls)
			c.Func, c.Args, c.Keywords, c.Loc = e, args, keywords, p.loc(start)
			e = c
			p.leave()
		case token.LSqb:
			p.enter()
			p.next()
			slice := p.parseSlices()
			p.expect(token.RSqb)
			e = &ast.Subscript{Value: e, Slice: slice, Ctx: ast.Load, Loc: p.loc(start)}
			p.leave()
		default:
			return e
		}
	}
}

// parseCallArguments parses call arguments (or class bases) up to ')'.
// With allowGenexp, a lone generator expression argument, f(x for x in y),
// is returned with a zero Loc; the caller gives it the location of the
// call's parentheses.
func (p *parser) parseCallArguments(allowGenexp bool) ([]ast.Expr, []*ast.Keyword) {
	args := reserve(&p.slabs.exprLists, listSlots)
	var keywords []*ast.Keyword
	sawKeyword, sawKwUnpack := false, false
	for p.kind() != token.RPar {
		start := p.pos
		switch {
		case p.kind() == token.Star:
			p.next()
			v := p.parseExpression()
			if sawKwUnpack {
				p.failAt(p.loc(start), "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, &ast.Starred{Value: v, Ctx: ast.Load, Loc: p.loc(start)})
		case p.kind() == token.DoubleStar:
			p.next()
			v := p.parseExpression()
			keywords = p.addKeyword(keywords, "", v, p.loc(start))
			sawKwUnpack = true
		case p.kind() == token.Name && p.peekKind(1) == token.Equal:
			name := p.identifier(p.tok())
			p.next()
			p.next()
			v := p.parseExpression()
			keywords = p.addKeyword(keywords, name, v, p.loc(start))
			sawKeyword = true
		default:
			e := p.parseNamedExpression()
			if p.kind() == token.Equal {
				p.failAt(e.Location(), "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if p.kind() == token.For || p.kind() == token.Async {
				if !allowGenexp || len(args) > 0 || keywords != nil {
					p.failAt(e.Location(), "Generator expression must be parenthesized")
				}
				if _, ok := e.(*ast.Starred); ok {
					p.failAt(e.Location(), "iterable unpacking cannot be used in comprehension")
				}
				gens := p.parseComprehensions()
				if p.kind() != token.RPar {
					p.failAt(e.Location(), "Generator expression must be parenthesized")
				}
				return []ast.Expr{&ast.GeneratorExp{Elt: e, Generators: gens}}, nil
			}
			if sawKwUnpack {
				p.failAt(e.Location(), "positional argument follows keyword argument unpacking")
			}
			if sawKeyword {
				p.failAt(e.Location(), "positional argument follows keyword argument")
			}
			args = append(args, e)
		}
		if !p.got(token.Comma) {
			break
		}
	}
	return args, keywords
}

// parseSlices parses the inside of a subscript.
func (p *parser) parseSlices() ast.Expr {
	start := p.pos
	first := p.parseSlice()
	if p.kind() != token.Comma {
		if _, ok := first.(*ast.Starred); ok {
			// x[*a] is a one-element tuple.
			return &ast.Tuple{Elts: []ast.Expr{first}, Ctx: ast.Load, Loc: p.loc(start)}
		}
		return first
	}
	elts := p.exprList(first)
	for p.got(token.Comma) {
		if p.kind() == token.RSqb {
			break
		}
		elts = append(elts, p.parseSlice())
	}
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Loc: p.loc(start)}
}

// parseSlice parses one slice item: a Slice, a starred expression or a
// named expression.
func (p *parser) parseSlice() ast.Expr {
	start := p.pos
	if p.kind() == token.Star {
		return p.parseStarNamedExpression()
	}
	var lower ast.Expr
	if p.kind() != token.Colon {
		lower = p.parseNamedExpression()
		if p.kind() != token.Colon {
			return lower
		}
		if _, ok := lower.(*ast.NamedExpr); ok {
			p.syntaxError()
		}
	}
	p.next() // ':'
	s := &ast.Slice{Lower: lower}
	if k := p.kind(); k != token.Colon && k != token.Comma && k != token.RSqb {
		s.Upper = p.parseExpression()
	}
	if p.got(token.Colon) {
		if k := p.kind(); k != token.Comma && k != token.RSqb {
			s.Step = p.parseExpression()
		}
	}
	s.Loc = p.loc(start)
	return s
}

// parseAtom parses an atom.
func (p *parser) parseAtom() ast.Expr {
	start := p.pos
	t := p.tok()
	switch t.Kind {
	case token.Name:
		p.next()
		return p.newName(p.identifier(t), ast.Load, p.tokLoc(start))
	case token.Number:
		p.next()
		return p.newConstant(p.number(t), p.tokLoc(start))
	case token.String:
		return p.parseStrings()
	case token.None:
		p.next()
		return p.newConstant(nil, p.tokLoc(start))
	case token.True:
		p.next()
		return p.newConstant(true, p.tokLoc(start))
	case token.False:
		p.next()
		return p.newConstant(false, p.tokLoc(start))
	case token.Ellipsis:
		p.next()
		return &ast.Constant{Value: ast.Ellipsis{}, Loc: p.tokLoc(start)}
	case token.LPar:
		return p.parseParenthesised()
	case token.LSqb:
		return p.parseListDisplay()
	case token.LBrace:
		return p.parseBraceDisplay()
	}
	p.syntaxError()
	return nil
}

// number converts a NUMBER token to its value.
func (p *parser) number(t *token.Token) ast.Value {
	text := p.text(t)
	last := text[len(text)-1]
	if last == 'j' || last == 'J' {
		f, err := literal.ParseImag(text)
		if err != nil {
			p.fail("invalid imaginary literal")
		}
		return complex(0, f)
	}
	isFloat := false
	if len(text) < 2 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X' && text[1] != 'o' && text[1] != 'O' && text[1] != 'b' && text[1] != 'B') {
		for i := 0; i < len(text); i++ {
			if c := text[i]; c == '.' || c == 'e' || c == 'E' {
				isFloat = true
				break
			}
		}
	}
	if isFloat {
		f, err := literal.ParseFloat(text)
		if err != nil {
			p.fail("invalid decimal literal")
		}
		return f
	}
	small, big, err := literal.ParseInt(text)
	if err != nil {
		p.errorAt(t, "SyntaxError", err.Error())
		panic(bailout{})
	}
	if big != nil {
		return big
	}
	return small
}

// parseParenthesised parses a tuple, a group, a generator expression or a
// parenthesised yield expression.
func (p *parser) parseParenthesised() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	if p.got(token.RPar) {
		return &ast.Tuple{Elts: []ast.Expr{}, Ctx: ast.Load, Loc: p.loc(start)}
	}
	if p.kind() == token.Yield {
		y := p.parseYield()
		p.expect(token.RPar)
		return y
	}
	first := p.parseStarNamedExpression()
	switch p.kind() {
	case token.For, token.Async:
		if _, ok := first.(*ast.Starred); ok {
			p.failAt(first.Location(), "iterable unpacking cannot be used in comprehension")
		}
		gens := p.parseComprehensions()
		p.expect(token.RPar)
		return &ast.GeneratorExp{Elt: first, Generators: gens, Loc: p.loc(start)}
	case token.Comma:
		elts := p.exprList(first)
		for p.got(token.Comma) {
			if p.kind() == token.RPar {
				break
			}
			elts = append(elts, p.parseStarNamedExpression())
		}
		p.expect(token.RPar)
		return &ast.Tuple{Elts: elts, Ctx: ast.Load, Loc: p.loc(start)}
	}
	if !p.got(token.RPar) {
		p.closingExpected(start)
	}
	if _, ok := first.(*ast.Starred); ok {
		p.failAt(first.Location(), "cannot use starred expression here")
	}
	return first
}

// closingExpected reports a missing closing bracket.
func (p *parser) closingExpected(open int) {
	if p.kind() == token.EOF || p.kind() == token.Newline {
		t := &p.toks[open]
		p.errorAt(t, "SyntaxError", "'"+p.text(t)+"' was never closed")
		panic(bailout{})
	}
	if p.kind() != token.Illegal && (p.kind() == token.Name || p.kind() == token.Number || p.kind() == token.String) {
		p.fail("invalid syntax. Perhaps you forgot a comma?")
	}
	p.syntaxError()
}

func (p *parser) parseListDisplay() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	if p.got(token.RSqb) {
		return &ast.List{Elts: []ast.Expr{}, Ctx: ast.Load, Loc: p.loc(start)}
	}
	first := p.parseStarNamedExpression()
	if p.kind() == token.For || p.kind() == token.Async {
		if _, ok := first.(*ast.Starred); ok {
			p.failAt(first.Location(), "iterable unpacking cannot be used in comprehension")
		}
		gens := p.parseComprehensions()
		p.expect(token.RSqb)
		return &ast.ListComp{Elt: first, Generators: gens, Loc: p.loc(start)}
	}
	elts := p.exprList(first)
	for p.got(token.Comma) {
		if p.kind() == token.RSqb {
			break
		}
		elts = append(elts, p.parseStarNamedExpression())
	}
	if !p.got(token.RSqb) {
		p.closingExpected(start)
	}
	return &ast.List{Elts: elts, Ctx: ast.Load, Loc: p.loc(start)}
}

// parseBraceDisplay parses a dict or set display or comprehension.
func (p *parser) parseBraceDisplay() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	if p.got(token.RBrace) {
		return &ast.Dict{Keys: []ast.Expr{}, Values: []ast.Expr{}, Loc: p.loc(start)}
	}
	var firstKey, firstValue ast.Expr
	isDict := false
	if p.got(token.DoubleStar) {
		firstValue = p.parseBitOr()
		isDict = true
	} else {
		firstKey = p.parseStarNamedExpression()
		if p.got(token.Colon) {
			if _, ok := firstKey.(*ast.Starred); ok {
				p.failAt(firstKey.Location(), "cannot use a starred expression in a dictionary key")
			}
			firstValue = p.parseExpression()
			isDict = true
		}
	}
	if isDict {
		if firstKey != nil && (p.kind() == token.For || p.kind() == token.Async) {
			gens := p.parseComprehensions()
			p.expect(token.RBrace)
			return &ast.DictComp{Key: firstKey, Value: firstValue, Generators: gens, Loc: p.loc(start)}
		}
		keys, values := p.exprList(firstKey), []ast.Expr{firstValue}
		for p.got(token.Comma) {
			if p.kind() == token.RBrace {
				break
			}
			if p.got(token.DoubleStar) {
				keys = append(keys, nil)
				values = append(values, p.parseBitOr())
				continue
			}
			k := p.parseExpression()
			if !p.got(token.Colon) {
				p.fail("':' expected after dictionary key")
			}
			keys = append(keys, k)
			values = append(values, p.parseExpression())
		}
		if !p.got(token.RBrace) {
			p.closingExpected(start)
		}
		return &ast.Dict{Keys: keys, Values: values, Loc: p.loc(start)}
	}
	if p.kind() == token.For || p.kind() == token.Async {
		if _, ok := firstKey.(*ast.Starred); ok {
			p.failAt(firstKey.Location(), "iterable unpacking cannot be used in comprehension")
		}
		gens := p.parseComprehensions()
		p.expect(token.RBrace)
		return &ast.SetComp{Elt: firstKey, Generators: gens, Loc: p.loc(start)}
	}
	elts := p.exprList(firstKey)
	for p.got(token.Comma) {
		if p.kind() == token.RBrace {
			break
		}
		elts = append(elts, p.parseStarNamedExpression())
	}
	if !p.got(token.RBrace) {
		p.closingExpected(start)
	}
	return &ast.Set{Elts: elts, Loc: p.loc(start)}
}

// parseComprehensions parses one or more for/if clauses.
func (p *parser) parseComprehensions() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for {
		isAsync := 0
		if p.kind() == token.Async && p.peekKind(1) == token.For {
			p.next()
			isAsync = 1
		}
		if !p.got(token.For) {
			break
		}
		target := p.parseStarTargets()
		p.expect(token.In)
		iter := p.parseDisjunction()
		c := &ast.Comprehension{Target: target, Iter: iter, Ifs: []ast.Expr{}, IsAsync: isAsync}
		for p.got(token.If) {
			c.Ifs = append(c.Ifs, p.parseDisjunction())
		}
		gens = append(gens, c)
	}
	return gens
}

// parseYield parses a yield or yield-from expression.
func (p *parser) parseYield() ast.Expr {
	start := p.pos
	p.next()
	if p.got(token.From) {
		v := p.parseExpression()
		return &ast.YieldFrom{Value: v, Loc: p.loc(start)}
	}
	y := &ast.Yield{}
	switch p.kind() {
	case token.RPar, token.RSqb, token.RBrace, token.Newline, token.Semi, token.EOF, token.Equal, token.Colon:
	default:
		y.Value = p.parseStarExpressions()
	}
	y.Loc = p.loc(start)
	return y
}

// parseStarTargets parses star_targets for for-loops and comprehensions.
func (p *parser) parseStarTargets() ast.Expr {
	start := p.pos
	first := p.parseStarTarget()
	if p.kind() != token.Comma {
		return first
	}
	elts := p.exprList(first)
	for p.got(token.Comma) {
		if k := p.kind(); k == token.In || k == token.Equal || k == token.RPar || k == token.Colon {
			break
		}
		elts = append(elts, p.parseStarTarget())
	}
	t := &ast.Tuple{Elts: elts, Ctx: ast.Store, Loc: p.loc(start)}
	return t
}

// parseStarTarget parses one assignment target and gives it Store context.
func (p *parser) parseStarTarget() ast.Expr {
	var e ast.Expr
	if p.kind() == token.Star {
		start := p.pos
		p.next()
		v := p.parseBitOr()
		e = &ast.Starred{Value: v, Ctx: ast.Load, Loc: p.loc(start)}
	} else {
		e = p.parseBitOr()
	}
	p.setContext(e, ast.Store, "assign to")
	return e
}

// parseDelTargets parses the targets of a del statement.
func (p *parser) parseDelTargets() []ast.Expr {
	var targets []ast.Expr
	for {
		e := p.parseBitOr()
		p.setContext(e, ast.Del, "delete")
		targets = append(targets, e)
		if !p.got(token.Comma) || p.atSimpleStatementEnd() {
			break
		}
	}
	return targets
}

// setContext gives a target expression (and its sub-targets) the context
// ctx, failing with CPython's message when e cannot be a target.
func (p *parser) setContext(e ast.Expr, ctx ast.ExprContext, verb string) {
	p.setContextHint(e, ctx, verb, "")
}

// setContextHint is setContext with a hint appended to the error message.
func (p *parser) setContextHint(e ast.Expr, ctx ast.ExprContext, verb, hint string) {
	switch e := e.(type) {
	case *ast.Name:
		e.Ctx = ctx
		if e.Id == "__debug__" {
			p.failAt(e.Loc, "cannot "+verb+" __debug__")
		}
	case *ast.Attribute:
		e.Ctx = ctx
	case *ast.Subscript:
		e.Ctx = ctx
	case *ast.Starred:
		if ctx == ast.Del {
			p.failAt(e.Loc, "cannot delete starred")
		}
		e.Ctx = ctx
		p.setContextHint(e.Value, ctx, verb, hint)
	case *ast.Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContextHint(x, ctx, verb, hint)
		}
	case *ast.List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContextHint(x, ctx, verb, hint)
		}
	default:
		p.failAt(e.Location(), "cannot "+verb+" "+describe(e)+hint)
	}
}

// describe names an expression the way CPython's error messages do.
func describe(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Call:
		return "function call"
	case *ast.Constant:
		switch e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if e.Value.(bool) {
				return "True"
			}
			return "False"
		case ast.Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.Lambda:
		return "lambda"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.NamedExpr:
		return "named expression"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Tuple:
		return "tuple"
	case *ast.List:
		return "list"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	}
	return "expression"
}
