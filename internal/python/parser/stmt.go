package parser

import (
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/token"
)

// parseFile parses statements up to EOF.
func (p *parser) parseFile() []ast.Stmt {
	var body []ast.Stmt
	for p.kind() != token.EOF {
		start := p.pos
		body = p.parseStatement(body)
		if p.pos == start {
			// Recovery must make progress.
			p.next()
		}
	}
	return body
}

// parseStatement parses one statement (a simple-statement line may hold
// several) and appends it to list. On a syntax error it records the error,
// skips to the end of the logical line and returns list unchanged.
func (p *parser) parseStatement(list []ast.Stmt) (out []ast.Stmt) {
	n := len(list)
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok || p.speculative > 0 {
				panic(r)
			}
			out = list[:n]
			p.depth = 0
			p.recover()
		}
	}()
	switch p.kind() {
	case token.Indent:
		p.failIndent("unexpected indent")
	case token.Dedent:
		// A dedent where none is expected: a mismatched unindent the
		// scanner already reported; skip it.
		p.next()
		return list
	case token.Newline:
		p.next()
		return list
	}
	if s := p.parseCompound(); s != nil {
		return append(list, s)
	}
	return p.parseSimpleStatements(list)
}

// recover skips the rest of the logical line after an error, and any block
// that the broken statement opened.
func (p *parser) recover() {
	for {
		switch p.kind() {
		case token.EOF:
			return
		case token.Newline:
			p.next()
			if p.kind() == token.Indent {
				p.skipBlock()
			}
			return
		case token.Indent:
			p.skipBlock()
			return
		case token.Dedent:
			return
		}
		p.next()
	}
}

// skipBlock skips an indented block, INDENT to its DEDENT.
func (p *parser) skipBlock() {
	level := 0
	for {
		switch p.kind() {
		case token.EOF:
			return
		case token.Indent:
			level++
		case token.Dedent:
			level--
			if level == 0 {
				p.next()
				return
			}
		}
		p.next()
	}
}

// parseSimpleStatements parses simple_stmts: simple statements separated
// by ';' and ended by NEWLINE.
func (p *parser) parseSimpleStatements(list []ast.Stmt) []ast.Stmt {
	for {
		list = append(list, p.parseSimpleStatement())
		if !p.got(token.Semi) {
			break
		}
		if p.kind() == token.Newline || p.kind() == token.EOF {
			break
		}
	}
	if !p.got(token.Newline) && p.kind() != token.EOF {
		p.syntaxError()
	}
	return list
}

// parseBlock parses the block after a ':': either simple statements on the
// same line or NEWLINE INDENT statements DEDENT.
//
// what and line name the statement that opened the block, for CPython's
// "expected an indented block after ..." message.
func (p *parser) parseBlock(what string, line int32) []ast.Stmt {
	if !p.got(token.Newline) {
		if p.kind() == token.EOF {
			p.fail("expected an indented block after " + what + " on line " + itoa(int(line)))
		}
		return p.parseSimpleStatements(nil)
	}
	if p.kind() != token.Indent {
		p.failIndent("expected an indented block after " + what + " on line " + itoa(int(line)))
	}
	p.next()
	body := reserve(&p.slabs.stmtLists, listSlots)
	for p.kind() != token.Dedent && p.kind() != token.EOF {
		start := p.pos
		body = p.parseStatement(body)
		if p.pos == start {
			p.next()
		}
	}
	p.got(token.Dedent)
	if len(body) == 0 {
		// Every statement of the block was broken; keep the tree shaped.
		body = append(body, &ast.Pass{Loc: p.loc(p.pos)})
	}
	return body
}

// parseCompound parses a compound statement, or returns nil when the
// current token does not start one.
func (p *parser) parseCompound() ast.Stmt {
	switch p.kind() {
	case token.If:
		return p.parseIf()
	case token.While:
		return p.parseWhile()
	case token.For:
		return p.parseFor(p.pos, false)
	case token.Try:
		return p.parseTry()
	case token.With:
		return p.parseWith(p.pos, false)
	case token.Def:
		return p.parseFuncDef(p.pos, nil, false)
	case token.Class:
		return p.parseClassDef(p.pos, nil)
	case token.At:
		return p.parseDecorated()
	case token.Async:
		start := p.pos
		p.next()
		switch p.kind() {
		case token.Def:
			return p.parseFuncDef(start, nil, true)
		case token.For:
			return p.parseFor(start, true)
		case token.With:
			return p.parseWith(start, true)
		}
		p.syntaxError()
	case token.Name:
		if p.isName("match") {
			return p.tryMatch()
		}
	}
	return nil
}

func (p *parser) parseIf() ast.Stmt {
	p.enter() // elif chains recurse
	defer p.leave()
	start := p.pos
	what := "'if' statement"
	if p.kind() == token.Elif {
		what = "'elif' statement"
	}
	p.next() // if / elif
	test := p.parseNamedExpression()
	p.expectColon()
	body := p.parseBlock(what, p.toks[start].Line)
	var orelse []ast.Stmt
	switch p.kind() {
	case token.Elif:
		orelse = []ast.Stmt{p.parseIf()}
	case token.Else:
		elseLine := p.tok().Line
		p.next()
		p.expectColon()
		orelse = p.parseBlock("'else' statement", elseLine)
	}
	return &ast.If{Test: test, Body: body, Orelse: orelse, Loc: p.loc(start)}
}

// parseElse parses an optional else block.
func (p *parser) parseElse() []ast.Stmt {
	if p.kind() != token.Else {
		return nil
	}
	line := p.tok().Line
	p.next()
	p.expectColon()
	return p.parseBlock("'else' statement", line)
}

func (p *parser) expectColon() {
	if !p.got(token.Colon) {
		p.expected(":")
	}
}

func (p *parser) parseWhile() ast.Stmt {
	start := p.pos
	p.next()
	test := p.parseNamedExpression()
	p.expectColon()
	body := p.parseBlock("'while' statement", p.toks[start].Line)
	orelse := p.parseElse()
	return &ast.While{Test: test, Body: body, Orelse: orelse, Loc: p.loc(start)}
}

func (p *parser) parseFor(start int, async bool) ast.Stmt {
	p.expect(token.For)
	target := p.parseStarTargets()
	p.expect(token.In)
	iter := p.parseStarExpressions()
	p.expectColon()
	body := p.parseBlock("'for' statement", p.toks[start].Line)
	orelse := p.parseElse()
	if async {
		return &ast.AsyncFor{Target: target, Iter: iter, Body: body, Orelse: orelse, Loc: p.loc(start)}
	}
	return &ast.For{Target: target, Iter: iter, Body: body, Orelse: orelse, Loc: p.loc(start)}
}

func (p *parser) parseTry() ast.Stmt {
	start := p.pos
	p.next()
	p.expectColon()
	body := p.parseBlock("'try' statement", p.toks[start].Line)
	var handlers []*ast.ExceptHandler
	star := false
	for p.kind() == token.Except {
		hstart := p.pos
		p.next()
		thisStar := p.got(token.Star)
		if len(handlers) == 0 {
			star = thisStar
		} else if thisStar != star {
			p.fail("cannot have both 'except' and 'except*' on the same 'try'")
		}
		h := &ast.ExceptHandler{}
		if p.kind() != token.Colon {
			h.Type = p.parseExpression()
			if p.kind() == token.Comma {
				// except A, B:  (Python 2) or except (A, B) without parens.
				p.fail("multiple exception types must be parenthesized")
			}
			if p.got(token.As) {
				h.Name = p.name()
			}
		} else if thisStar {
			p.fail("expected one or more exception types")
		}
		p.expectColon()
		if thisStar {
			h.Body = p.parseBlock("'except*' statement", p.toks[hstart].Line)
		} else {
			h.Body = p.parseBlock("'except' statement", p.toks[hstart].Line)
		}
		h.Loc = p.loc(hstart)
		handlers = append(handlers, h)
	}
	var orelse, finalbody []ast.Stmt
	if len(handlers) > 0 && p.kind() == token.Else {
		orelse = p.parseElse()
	}
	if p.kind() == token.Finally {
		line := p.tok().Line
		p.next()
		p.expectColon()
		finalbody = p.parseBlock("'finally' statement", line)
	}
	if len(handlers) == 0 && finalbody == nil {
		p.errorAt(&p.toks[p.last], "SyntaxError", "expected 'except' or 'finally' block")
		panic(bailout{})
	}
	if star {
		return &ast.TryStar{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody, Loc: p.loc(start)}
	}
	return &ast.Try{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody, Loc: p.loc(start)}
}

func (p *parser) parseWith(start int, async bool) ast.Stmt {
	p.expect(token.With)
	var items []*ast.WithItem
	parenthesised := false
	if p.kind() == token.LPar {
		// with (a, b as c): ... is tried first, as in CPython's grammar.
		parenthesised = p.try(func() {
			p.next()
			items = p.parseWithItems(token.RPar)
			p.expect(token.RPar)
			if p.kind() != token.Colon {
				p.syntaxError()
			}
		})
	}
	if !parenthesised {
		items = p.parseWithItems(token.Colon)
	}
	p.expectColon()
	body := p.parseBlock("'with' statement", p.toks[start].Line)
	if async {
		return &ast.AsyncWith{Items: items, Body: body, Loc: p.loc(start)}
	}
	return &ast.With{Items: items, Body: body, Loc: p.loc(start)}
}

// parseWithItems parses with_item (',' with_item)* up to the closing token.
func (p *parser) parseWithItems(closing token.Kind) []*ast.WithItem {
	var items []*ast.WithItem
	for {
		item := &ast.WithItem{ContextExpr: p.parseExpression()}
		if p.got(token.As) {
			item.OptionalVars = p.parseStarTarget()
			if k := p.kind(); k != token.Comma && k != token.RPar && k != token.Colon {
				p.syntaxError()
			}
		}
		items = append(items, item)
		if !p.got(token.Comma) {
			break
		}
		if p.kind() == closing && closing == token.RPar {
			break
		}
	}
	return items
}

func (p *parser) parseDecorated() ast.Stmt {
	var decorators []ast.Expr
	for p.got(token.At) {
		decorators = append(decorators, p.parseNamedExpression())
		if !p.got(token.Newline) {
			p.syntaxError()
		}
	}
	start := p.pos
	switch p.kind() {
	case token.Def:
		return p.parseFuncDef(start, decorators, false)
	case token.Class:
		return p.parseClassDef(start, decorators)
	case token.Async:
		p.next()
		if p.kind() == token.Def {
			return p.parseFuncDef(start, decorators, true)
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) parseFuncDef(start int, decorators []ast.Expr, async bool) ast.Stmt {
	p.expect(token.Def)
	name := p.name()
	typeParams := p.parseTypeParamsOpt()
	if !p.got(token.LPar) {
		p.expected("(")
	}
	args := p.parseParameters(token.RPar, true)
	p.expect(token.RPar)
	var returns ast.Expr
	if p.got(token.RArrow) {
		returns = p.parseExpression()
	}
	p.expectColon()
	body := p.parseBlock("function definition", p.toks[start].Line)
	if decorators == nil {
		decorators = []ast.Expr{}
	}
	if async {
		return &ast.AsyncFunctionDef{Name: name, Args: args, Body: body, DecoratorList: decorators, Returns: returns, TypeParams: typeParams, Loc: p.loc(start)}
	}
	return &ast.FunctionDef{Name: name, Args: args, Body: body, DecoratorList: decorators, Returns: returns, TypeParams: typeParams, Loc: p.loc(start)}
}

func (p *parser) parseClassDef(start int, decorators []ast.Expr) ast.Stmt {
	p.expect(token.Class)
	name := p.name()
	typeParams := p.parseTypeParamsOpt()
	var bases []ast.Expr
	var keywords []*ast.Keyword
	if p.got(token.LPar) {
		bases, keywords = p.parseCallArguments(false)
		p.expect(token.RPar)
	}
	p.expectColon()
	body := p.parseBlock("class definition", p.toks[start].Line)
	return &ast.ClassDef{Name: name, Bases: bases, Keywords: keywords, Body: body, DecoratorList: decorators, TypeParams: typeParams, Loc: p.loc(start)}
}

// parseTypeParamsOpt parses an optional PEP 695 type parameter list.
func (p *parser) parseTypeParamsOpt() []ast.TypeParam {
	if p.kind() != token.LSqb {
		return nil
	}
	p.next()
	var params []ast.TypeParam
	for p.kind() != token.RSqb {
		start := p.pos
		switch {
		case p.got(token.Star):
			n := p.name()
			tp := &ast.TypeVarTuple{Name: n}
			if p.got(token.Equal) {
				tp.DefaultValue = p.parseStarExpression()
			}
			tp.Loc = p.loc(start)
			params = append(params, tp)
		case p.got(token.DoubleStar):
			n := p.name()
			tp := &ast.ParamSpec{Name: n}
			if p.got(token.Equal) {
				tp.DefaultValue = p.parseExpression()
			}
			tp.Loc = p.loc(start)
			params = append(params, tp)
		default:
			n := p.name()
			tp := &ast.TypeVar{Name: n}
			if p.got(token.Colon) {
				tp.Bound = p.parseExpression()
			}
			if p.got(token.Equal) {
				tp.DefaultValue = p.parseExpression()
			}
			tp.Loc = p.loc(start)
			params = append(params, tp)
		}
		if !p.got(token.Comma) {
			break
		}
	}
	if len(params) == 0 {
		p.fail("Type parameter list cannot be empty")
	}
	p.expect(token.RSqb)
	return params
}

// parseSimpleStatement parses one simple statement.
func (p *parser) parseSimpleStatement() ast.Stmt {
	start := p.pos
	switch p.kind() {
	case token.Pass:
		p.next()
		return &ast.Pass{Loc: p.loc(start)}
	case token.Break:
		p.next()
		return &ast.Break{Loc: p.loc(start)}
	case token.Continue:
		p.next()
		return &ast.Continue{Loc: p.loc(start)}
	case token.Return:
		p.next()
		var v ast.Expr
		if !p.atSimpleStatementEnd() {
			v = p.parseStarExpressions()
		}
		return &ast.Return{Value: v, Loc: p.loc(start)}
	case token.Raise:
		p.next()
		r := &ast.Raise{}
		if !p.atSimpleStatementEnd() {
			r.Exc = p.parseExpression()
			if p.got(token.From) {
				r.Cause = p.parseExpression()
			}
		}
		r.Loc = p.loc(start)
		return r
	case token.Global, token.Nonlocal:
		global := p.kind() == token.Global
		p.next()
		names := []string{p.name()}
		for p.got(token.Comma) {
			names = append(names, p.name())
		}
		if global {
			return &ast.Global{Names: names, Loc: p.loc(start)}
		}
		return &ast.Nonlocal{Names: names, Loc: p.loc(start)}
	case token.Del:
		p.next()
		targets := p.parseDelTargets()
		return &ast.Delete{Targets: targets, Loc: p.loc(start)}
	case token.Assert:
		p.next()
		a := &ast.Assert{Test: p.parseExpression()}
		if p.got(token.Comma) {
			a.Msg = p.parseExpression()
		}
		a.Loc = p.loc(start)
		return a
	case token.Import:
		return p.parseImport()
	case token.From:
		return p.parseImportFrom()
	case token.Name:
		if p.isName("type") && p.peekKind(1) == token.Name && (p.peekKind(2) == token.Equal || p.peekKind(2) == token.LSqb) {
			if s := p.tryTypeAlias(); s != nil {
				return s
			}
		}
		p.checkLegacyStatement()
	}
	return p.parseExpressionStatement()
}

// checkLegacyStatement reports CPython's "Missing parentheses" error for
// Python 2 print and exec statements, abandoning the statement.
func (p *parser) checkLegacyStatement() {
	name := p.text(p.tok())
	if name != "print" && name != "exec" {
		return
	}
	switch p.peekKind(1) {
	case token.Name, token.Number, token.String, token.None, token.True, token.False,
		token.Lambda, token.Not, token.Await, token.Tilde, token.LBrace:
		p.fail("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?")
	}
}

func (p *parser) tryTypeAlias() ast.Stmt {
	start := p.pos
	p.next() // type
	nameStart := p.pos
	n := p.name()
	name := &ast.Name{Id: n, Ctx: ast.Store, Loc: p.loc(nameStart)}
	params := p.parseTypeParamsOpt()
	p.expect(token.Equal)
	value := p.parseExpression()
	return &ast.TypeAlias{Name: name, TypeParams: params, Value: value, Loc: p.loc(start)}
}

// atSimpleStatementEnd reports whether the current token ends a simple
// statement.
func (p *parser) atSimpleStatementEnd() bool {
	switch p.kind() {
	case token.Newline, token.Semi, token.EOF:
		return true
	}
	return false
}

func (p *parser) parseImport() ast.Stmt {
	start := p.pos
	p.next()
	var names []*ast.Alias
	for {
		names = append(names, p.parseAlias(p.parseDottedName))
		if !p.got(token.Comma) {
			break
		}
	}
	return &ast.Import{Names: names, Loc: p.loc(start)}
}

// parseAlias parses NAME ['as' NAME], where name parses the first part.
func (p *parser) parseAlias(name func() string) *ast.Alias {
	start := p.pos
	a := &ast.Alias{Name: name()}
	if p.got(token.As) {
		a.Asname = p.name()
	}
	a.Loc = p.loc(start)
	return a
}

// parseDottedName parses NAME ('.' NAME)*.
func (p *parser) parseDottedName() string {
	n := p.name()
	if p.kind() != token.Dot {
		return n
	}
	b := []byte(n)
	for p.got(token.Dot) {
		b = append(b, '.')
		b = append(b, p.name()...)
	}
	return string(b)
}

func (p *parser) parseImportFrom() ast.Stmt {
	start := p.pos
	p.next()
	level := 0
	for {
		if p.got(token.Dot) {
			level++
		} else if p.got(token.Ellipsis) {
			level += 3
		} else {
			break
		}
	}
	module := ""
	if p.kind() != token.Import {
		module = p.parseDottedName()
	}
	if !p.got(token.Import) {
		p.expected("import")
	}
	var names []*ast.Alias
	if p.kind() == token.Star {
		p.next()
		names = []*ast.Alias{{Name: "*", Loc: p.tokLoc(p.last)}}
		return &ast.ImportFrom{Module: module, Names: names, Level: level, Loc: p.loc(start)}
	}
	parens := p.got(token.LPar)
	for {
		names = append(names, p.parseAlias(p.name))
		if !p.got(token.Comma) {
			break
		}
		if parens && p.kind() == token.RPar {
			break
		}
		if !parens && p.atSimpleStatementEnd() {
			p.fail("trailing comma not allowed without surrounding parentheses")
		}
	}
	if parens {
		p.expect(token.RPar)
	}
	return &ast.ImportFrom{Module: module, Names: names, Level: level, Loc: p.loc(start)}
}

// parseExpressionStatement parses an expression statement or any form of
// assignment.
func (p *parser) parseExpressionStatement() ast.Stmt {
	start := p.pos
	startKind := p.kind()
	var first ast.Expr
	if p.kind() == token.Yield {
		first = p.parseYield()
	} else {
		first = p.parseStarExpressions()
	}
	switch k := p.kind(); k {
	case token.Equal:
		targets := p.exprList(first)
		var value ast.Expr
		for p.got(token.Equal) {
			if p.kind() == token.Yield {
				value = p.parseYield()
			} else {
				value = p.parseStarExpressions()
			}
			if p.kind() == token.Equal {
				targets = append(targets, value)
			}
		}
		for _, t := range targets {
			p.setContextHint(t, ast.Store, "assign to", " here. Maybe you meant '==' instead of '='?")
		}
		a := alloc(&p.slabs.assigns)
		a.Targets, a.Value, a.Loc = targets, value, p.loc(start)
		return a
	case token.Colon:
		p.next()
		switch first.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		case *ast.Tuple:
			p.failAt(first.Location(), "only single target (not tuple) can be annotated")
		case *ast.List:
			p.failAt(first.Location(), "only single target (not list) can be annotated")
		default:
			p.failAt(first.Location(), "illegal target for annotation")
		}
		p.setContext(first, ast.Store, "assign to")
		ann := p.parseExpression()
		var value ast.Expr
		if p.got(token.Equal) {
			if p.kind() == token.Yield {
				value = p.parseYield()
			} else {
				value = p.parseStarExpressions()
			}
		}
		simple := 0
		if _, ok := first.(*ast.Name); ok && startKind != token.LPar {
			simple = 1
		}
		return &ast.AnnAssign{Target: first, Annotation: ann, Value: value, Simple: simple, Loc: p.loc(start)}
	default:
		if op, ok := augAssignOp(k); ok {
			switch first.(type) {
			case *ast.Name, *ast.Attribute, *ast.Subscript:
			default:
				p.failAt(first.Location(), "'"+describe(first)+"' is an illegal expression for augmented assignment")
			}
			p.setContext(first, ast.Store, "assign to")
			p.next()
			var value ast.Expr
			if p.kind() == token.Yield {
				value = p.parseYield()
			} else {
				value = p.parseStarExpressions()
			}
			return &ast.AugAssign{Target: first, Op: op, Value: value, Loc: p.loc(start)}
		}
	}
	if !p.atSimpleStatementEnd() {
		p.syntaxError()
	}
	if s, ok := first.(*ast.Starred); ok {
		p.failAt(s.Location(), "can't use starred expression here")
	}
	x := alloc(&p.slabs.exprs)
	x.Value, x.Loc = first, p.loc(start)
	return x
}

// augAssignOp returns the operator of an augmented assignment token.
func augAssignOp(k token.Kind) (ast.Operator, bool) {
	switch k {
	case token.PlusEqual:
		return ast.Add, true
	case token.MinEqual:
		return ast.Sub, true
	case token.StarEqual:
		return ast.Mult, true
	case token.AtEqual:
		return ast.MatMult, true
	case token.SlashEqual:
		return ast.Div, true
	case token.PercentEqual:
		return ast.Modulo, true
	case token.AmperEqual:
		return ast.BitAnd, true
	case token.VBarEqual:
		return ast.BitOr, true
	case token.CircumflexEqual:
		return ast.BitXor, true
	case token.LeftShiftEqual:
		return ast.LShift, true
	case token.RightShiftEqual:
		return ast.RShift, true
	case token.DoubleStarEqual:
		return ast.Pow, true
	case token.DoubleSlashEqual:
		return ast.FloorDiv, true
	}
	return 0, false
}
