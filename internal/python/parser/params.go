package parser

import (
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/token"
)

// parseParameters parses a def's (annotations true) or a lambda's
// parameter list up to the closing token, which it does not consume.
func (p *parser) parseParameters(closing token.Kind, annotations bool) *ast.Arguments {
	a := alloc(&p.slabs.arguments)
	a.Args = reserve(&p.slabs.argLists, listSlots)
	sawSlash, sawStar, sawDefault := false, false, false
	var afterKwarg bool
	for p.kind() != closing {
		if afterKwarg {
			p.fail("arguments cannot follow var-keyword argument")
		}
		switch p.kind() {
		case token.Slash:
			if sawSlash {
				p.fail("/ may appear only once")
			}
			if sawStar {
				p.fail("/ must be ahead of *")
			}
			if len(a.Args) == 0 {
				p.fail("at least one argument must precede /")
			}
			p.next()
			sawSlash = true
			a.Posonlyargs, a.Args = a.Args, nil
		case token.Star:
			if sawStar {
				p.fail("* argument may appear only once")
			}
			p.next()
			sawStar = true
			if k := p.kind(); k == token.Comma || k == closing {
				if k == closing || p.peekKind(1) == closing {
					p.fail("named arguments must follow bare *")
				}
				break
			}
			a.Vararg = p.parseParam(annotations, true)
		case token.DoubleStar:
			p.next()
			a.Kwarg = p.parseParam(annotations, false)
			if p.kind() == token.Equal {
				p.fail("var-keyword argument cannot have default value")
			}
			afterKwarg = true
		default:
			arg := p.parseParam(annotations, false)
			var def ast.Expr
			if p.got(token.Equal) {
				def = p.parseExpression()
			}
			if sawStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
				break
			}
			if def != nil {
				sawDefault = true
				a.Defaults = append(a.Defaults, def)
			} else if sawDefault {
				p.failAt(arg.Loc, "non-default argument follows default argument")
			}
			a.Args = append(a.Args, arg)
		}
		if !p.got(token.Comma) {
			break
		}
	}
	if a.Vararg != nil && p.kind() == token.Equal {
		p.fail("var-positional argument cannot have default value")
	}
	return a
}

// parseParam parses NAME [':' annotation]; a *args annotation may be a
// starred expression.
func (p *parser) parseParam(annotations, starred bool) *ast.Arg {
	start := p.pos
	arg := alloc(&p.slabs.args)
	arg.Arg = p.name()
	if annotations && p.got(token.Colon) {
		if starred && p.kind() == token.Star {
			arg.Annotation = p.parseStarExpression()
		} else {
			arg.Annotation = p.parseExpression()
		}
	}
	arg.Loc = p.loc(start)
	return arg
}
