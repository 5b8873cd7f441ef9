package license

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/github/go-spdx/v2/spdxexp"
	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
)

// MaxExpressionLen bounds the length of an SPDX expression ParseExpression
// accepts; MaxExpressionDepth bounds its nesting of parentheses.
const (
	MaxExpressionLen   = 4096
	MaxExpressionDepth = 32
)

// Op is the kind of an Expr node.
type Op int

// The kinds of Expr nodes.
const (
	OpLicense Op = iota // a license id, with an optional "+" and exception
	OpAnd               // all of Args apply
	OpOr                // any one of Args may be chosen
)

// Expr is a parsed SPDX license expression. A leaf (OpLicense) names one
// license; AND and OR nodes have two or more Args (nested nodes of the
// same operator are flattened).
type Expr struct {
	Op        Op
	ID        string // OpLicense: license id or LicenseRef-…/DocumentRef-…:LicenseRef-…
	Plus      bool   // OpLicense: written "ID+" (this version or later)
	Exception string // OpLicense: the id after WITH, "" when none
	Args      []*Expr
}

// Key is the leaf's license as written in an expression without its
// exception: the id, followed by "+" when Plus is set.
func (e *Expr) Key() string {
	if e.Plus {
		return e.ID + "+"
	}
	return e.ID
}

// String renders the expression in SPDX syntax with the minimum of
// parentheses.
func (e *Expr) String() string {
	var b strings.Builder
	e.write(&b, false)
	return b.String()
}

func (e *Expr) write(b *strings.Builder, paren bool) {
	switch e.Op {
	case OpLicense:
		b.WriteString(e.Key())
		if e.Exception != "" {
			b.WriteString(" WITH ")
			b.WriteString(e.Exception)
		}
	default:
		op := " AND "
		if e.Op == OpOr {
			op = " OR "
		}
		if paren {
			b.WriteByte('(')
		}
		for i, a := range e.Args {
			if i > 0 {
				b.WriteString(op)
			}
			// AND binds tighter than OR: an OR inside an AND needs parentheses.
			a.write(b, e.Op == OpAnd && a.Op == OpOr)
		}
		if paren {
			b.WriteByte(')')
		}
	}
}

// Licenses returns the distinct leaves of the expression rendered as
// "ID", "ID+" or "ID WITH EXC", sorted.
func (e *Expr) Licenses() []string {
	seen := map[string]bool{}
	var out []string
	var walk func(*Expr)
	walk = func(x *Expr) {
		if x.Op == OpLicense {
			s := x.String()
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
			return
		}
		for _, a := range x.Args {
			walk(a)
		}
	}
	walk(e)
	sort.Strings(out)
	return out
}

// ParseExpression parses an SPDX license expression without checking the
// ids against the SPDX list (see NormalizeExpression for that). Operators
// are accepted in any case; AND binds tighter than OR; WITH binds to the
// license before it.
func ParseExpression(s string) (*Expr, error) {
	if len(s) > MaxExpressionLen {
		return nil, fmt.Errorf("expression longer than %d bytes", MaxExpressionLen)
	}
	toks, err := lexExpr(s)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return nil, errors.New("empty expression")
	}
	p := &exprParser{toks: toks}
	e, err := p.or(0)
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.toks) {
		return nil, fmt.Errorf("unexpected %q at offset %d", p.toks[p.pos].text, p.toks[p.pos].off)
	}
	return e, nil
}

type exprTok struct {
	text string // "(", ")", "AND", "OR", "WITH", "+", or an id
	op   bool   // text is an operator or parenthesis
	off  int
}

func lexExpr(s string) ([]exprTok, error) {
	var toks []exprTok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '(' || c == ')':
			toks = append(toks, exprTok{text: string(c), op: true, off: i})
			i++
		case c == '+':
			toks = append(toks, exprTok{text: "+", op: true, off: i})
			i++
		case isIDByte(c):
			j := i
			for j < len(s) && (isIDByte(s[j]) || s[j] == ':') {
				j++
			}
			w := s[i:j]
			switch u := strings.ToUpper(w); u {
			case "AND", "OR", "WITH":
				toks = append(toks, exprTok{text: u, op: true, off: i})
			default:
				toks = append(toks, exprTok{text: w, off: i})
			}
			i = j
		default:
			return nil, fmt.Errorf("unexpected character %q at offset %d", rune(c), i)
		}
	}
	return toks, nil
}

func isIDByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
}

type exprParser struct {
	toks []exprTok
	pos  int
}

func (p *exprParser) peek(text string) bool {
	return p.pos < len(p.toks) && p.toks[p.pos].op && p.toks[p.pos].text == text
}

func (p *exprParser) or(depth int) (*Expr, error) {
	return p.binary(depth, "OR", OpOr, p.and)
}

func (p *exprParser) and(depth int) (*Expr, error) {
	return p.binary(depth, "AND", OpAnd, p.atom)
}

func (p *exprParser) binary(depth int, word string, op Op, next func(int) (*Expr, error)) (*Expr, error) {
	first, err := next(depth)
	if err != nil {
		return nil, err
	}
	args := []*Expr{first}
	for p.peek(word) {
		p.pos++
		e, err := next(depth)
		if err != nil {
			return nil, err
		}
		args = append(args, e)
	}
	if len(args) == 1 {
		return first, nil
	}
	return flatten(op, args), nil
}

func flatten(op Op, args []*Expr) *Expr {
	out := &Expr{Op: op}
	for _, a := range args {
		if a.Op == op {
			out.Args = append(out.Args, a.Args...)
		} else {
			out.Args = append(out.Args, a)
		}
	}
	return out
}

func (p *exprParser) atom(depth int) (*Expr, error) {
	if p.pos >= len(p.toks) {
		return nil, errors.New("unexpected end of expression")
	}
	t := p.toks[p.pos]
	if t.op {
		if t.text != "(" {
			return nil, fmt.Errorf("unexpected %q at offset %d", t.text, t.off)
		}
		if depth >= MaxExpressionDepth {
			return nil, fmt.Errorf("parentheses nested deeper than %d", MaxExpressionDepth)
		}
		p.pos++
		e, err := p.or(depth + 1)
		if err != nil {
			return nil, err
		}
		if !p.peek(")") {
			return nil, fmt.Errorf("missing ) for ( at offset %d", t.off)
		}
		p.pos++
		return e, nil
	}
	p.pos++
	if strings.Count(t.text, ":") > 0 && !strings.HasPrefix(t.text, "DocumentRef-") {
		return nil, fmt.Errorf("unexpected ':' in %q at offset %d", t.text, t.off)
	}
	leaf := &Expr{Op: OpLicense, ID: t.text}
	if p.peek("+") {
		if p.toks[p.pos].off != t.off+len(t.text) {
			return nil, fmt.Errorf("space before + at offset %d", p.toks[p.pos].off)
		}
		leaf.Plus = true
		p.pos++
	}
	if p.peek("WITH") {
		p.pos++
		if p.pos >= len(p.toks) || p.toks[p.pos].op {
			return nil, errors.New("WITH not followed by an exception id")
		}
		leaf.Exception = p.toks[p.pos].text
		p.pos++
	}
	return leaf, nil
}

// NormalizeExpression parses s, checks every id against the SPDX license
// list bundled with github/go-spdx, fixes the case of ids, upgrades
// deprecated ids (GPL-2.0+ → GPL-2.0-or-later, GPL-2.0 → GPL-2.0-only,
// GPL-2.0-with-classpath-exception → GPL-2.0-only WITH
// Classpath-exception-2.0, …) and validates the result with go-spdx. The
// notes say what was changed. Ids not on the list other than
// LicenseRef-…/DocumentRef-… are an error.
func NormalizeExpression(s string) (e *Expr, notes []string, err error) {
	e, err = ParseExpression(s)
	if err != nil {
		return nil, nil, fmt.Errorf("license expression %q: %w", short(s), err)
	}
	e, notes, err = normalizeNode(e)
	if err != nil {
		return nil, notes, fmt.Errorf("license expression %q: %w", short(s), err)
	}
	out := e.String()
	if ok, bad := validateSPDX(out); !ok {
		return nil, notes, fmt.Errorf("license expression %q: rejected by go-spdx: %s", short(s), strings.Join(bad, ", "))
	}
	return e, notes, nil
}

// validateSPDX asks go-spdx; a panic in the library is reported as invalid.
func validateSPDX(s string) (ok bool, bad []string) {
	defer func() {
		if r := recover(); r != nil {
			ok, bad = false, []string{fmt.Sprint(r)}
		}
	}()
	return spdxexp.ValidateLicenses([]string{s})
}

func normalizeNode(e *Expr) (*Expr, []string, error) {
	if e.Op != OpLicense {
		out := &Expr{Op: e.Op}
		var notes []string
		for _, a := range e.Args {
			n, ns, err := normalizeNode(a)
			notes = append(notes, ns...)
			if err != nil {
				return nil, notes, err
			}
			out.Args = append(out.Args, n)
		}
		return flatten(e.Op, out.Args), notes, nil
	}
	var notes []string
	leaf := *e
	exc := ""
	if leaf.Exception != "" {
		ok, id := spdxlicenses.IsException(leaf.Exception)
		if !ok {
			return nil, nil, fmt.Errorf("unknown license exception %q", leaf.Exception)
		}
		exc = id
		leaf.Exception = ""
	}
	if isRef(leaf.ID) {
		if exc != "" {
			leaf.Exception = exc
		}
		return &leaf, nil, nil
	}
	written := leaf.Key()
	if ok, id := spdxlicenses.IsActiveLicense(leaf.ID); ok {
		leaf.ID = id
		if leaf.Plus {
			// "GPL-2.0-only+" is nonsense; "Apache-2.0+" is valid SPDX.
			if ok, later := spdxlicenses.IsActiveLicense(strings.TrimSuffix(id, "-only") + "-or-later"); ok && strings.HasSuffix(id, "-only") {
				leaf.ID, leaf.Plus = later, false
			}
		}
	} else if ok, id := spdxlicenses.IsDeprecatedLicense(leaf.Key()); ok && leaf.Plus {
		leaf.ID, leaf.Plus = id, false // GPL-2.0+ is itself a (deprecated) id
	} else if ok, id := spdxlicenses.IsDeprecatedLicense(leaf.ID); ok {
		leaf.ID = id
	} else if strings.HasSuffix(strings.ToLower(leaf.ID), "-only") || strings.HasSuffix(strings.ToLower(leaf.ID), "-or-later") {
		// go-spdx accepts e.g. MPL-2.0-or-later as MPL-2.0+; so do we.
		base, later := leaf.ID[:strings.LastIndex(leaf.ID, "-o")], strings.HasSuffix(strings.ToLower(leaf.ID), "-or-later")
		ok, id := spdxlicenses.IsActiveLicense(base)
		if !ok {
			return nil, nil, fmt.Errorf("unknown license id %q", leaf.ID)
		}
		leaf.ID, leaf.Plus = id, later
	} else {
		return nil, nil, fmt.Errorf("unknown license id %q", leaf.ID)
	}
	// Upgrade deprecated ids to their replacement.
	if rep, ok := deprecatedReplacement(leaf.Key()); ok {
		up := &Expr{Op: OpLicense, ID: rep.id, Exception: rep.exception}
		notes = append(notes, fmt.Sprintf("deprecated SPDX id %s upgraded to %s", written, up.String()))
		if exc != "" && rep.exception != "" && exc != rep.exception {
			return nil, nil, fmt.Errorf("%s already carries exception %s; cannot add %s", leaf.Key(), rep.exception, exc)
		}
		if exc != "" {
			up.Exception = exc
		}
		return up, notes, nil
	}
	if written != leaf.Key() {
		notes = append(notes, fmt.Sprintf("%s normalised to %s", written, leaf.Key()))
	}
	leaf.Exception = exc
	return &leaf, notes, nil
}

func isRef(id string) bool {
	return strings.HasPrefix(id, "LicenseRef-") || strings.HasPrefix(id, "DocumentRef-")
}

func short(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}
