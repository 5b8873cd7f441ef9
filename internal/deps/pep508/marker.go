package pep508

import (
	"errors"
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// Marker is a parsed environment marker expression.
type Marker struct {
	root node
}

type nodeKind int

const (
	nodeAnd nodeKind = iota
	nodeOr
	nodeCompare
)

// operand is a marker variable (by canonical name) or a quoted string.
type operand struct {
	isVar bool
	value string
}

type node struct {
	kind     nodeKind
	children []node // and / or
	lhs, rhs operand
	op       string // ==, !=, <=, >=, <, >, ~=, ===, in, "not in"
}

// SyntaxError reports a malformed requirement or marker, with the byte
// offset where parsing stopped.
type SyntaxError struct {
	Input string
	Pos   int
	Msg   string
}

// Error implements error.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s at offset %d of %q", e.Msg, e.Pos, e.Input)
}

// ErrUndefinedComparison is returned by Evaluate for "~=" or "===" between
// values that are not versions.
var ErrUndefinedComparison = errors.New("undefined comparison")

// ErrUndefinedName is returned by Evaluate when a marker compares two
// strings, neither of which names a marker variable.
var ErrUndefinedName = errors.New("undefined environment name")

type parser struct {
	s   string
	pos int
}

func (p *parser) errorf(format string, args ...any) error {
	return &SyntaxError{Input: p.s, Pos: p.pos, Msg: fmt.Sprintf(format, args...)}
}

func isWS(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func (p *parser) ws() {
	for p.pos < len(p.s) && isWS(p.s[p.pos]) {
		p.pos++
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// keyword consumes kw if it appears at the cursor as a whole word.
func (p *parser) keyword(kw string) bool {
	if !strings.HasPrefix(p.s[p.pos:], kw) {
		return false
	}
	end := p.pos + len(kw)
	if end < len(p.s) && isWordByte(p.s[end]) {
		return false
	}
	p.pos = end
	return true
}

// ParseMarker parses a marker expression such as
// `python_version >= "3.8" and (sys_platform == "linux" or extra == "x")`.
func ParseMarker(s string) (*Marker, error) {
	p := &parser{s: s}
	n, err := p.parseOr()
	if err != nil {
		return nil, fmt.Errorf("parse marker: %w", err)
	}
	p.ws()
	if p.pos != len(s) {
		return nil, fmt.Errorf("parse marker: %w", p.errorf("unexpected text"))
	}
	return &Marker{root: n}, nil
}

func (p *parser) parseOr() (node, error) {
	first, err := p.parseAnd()
	if err != nil {
		return node{}, err
	}
	children := []node{first}
	for {
		save := p.pos
		p.ws()
		if !p.keyword("or") {
			p.pos = save
			break
		}
		n, err := p.parseAnd()
		if err != nil {
			return node{}, err
		}
		children = append(children, n)
	}
	if len(children) == 1 {
		return first, nil
	}
	return node{kind: nodeOr, children: children}, nil
}

func (p *parser) parseAnd() (node, error) {
	first, err := p.parseAtom()
	if err != nil {
		return node{}, err
	}
	children := []node{first}
	for {
		save := p.pos
		p.ws()
		if !p.keyword("and") {
			p.pos = save
			break
		}
		n, err := p.parseAtom()
		if err != nil {
			return node{}, err
		}
		children = append(children, n)
	}
	if len(children) == 1 {
		return first, nil
	}
	return node{kind: nodeAnd, children: children}, nil
}

func (p *parser) parseAtom() (node, error) {
	p.ws()
	if p.pos < len(p.s) && p.s[p.pos] == '(' {
		p.pos++
		n, err := p.parseOr()
		if err != nil {
			return node{}, err
		}
		p.ws()
		if p.pos >= len(p.s) || p.s[p.pos] != ')' {
			return node{}, p.errorf("expected ')'")
		}
		p.pos++
		return n, nil
	}
	lhs, err := p.parseOperand()
	if err != nil {
		return node{}, err
	}
	p.ws()
	op, err := p.parseOp()
	if err != nil {
		return node{}, err
	}
	p.ws()
	rhs, err := p.parseOperand()
	if err != nil {
		return node{}, err
	}
	return node{kind: nodeCompare, lhs: lhs, op: op, rhs: rhs}, nil
}

func (p *parser) parseOperand() (operand, error) {
	if p.pos >= len(p.s) {
		return operand{}, p.errorf("expected a marker variable or a quoted string")
	}
	if q := p.s[p.pos]; q == '\'' || q == '"' {
		end := strings.IndexByte(p.s[p.pos+1:], q)
		if end < 0 {
			return operand{}, p.errorf("unterminated string")
		}
		v := p.s[p.pos+1 : p.pos+1+end]
		p.pos += end + 2
		return operand{value: v}, nil
	}
	start := p.pos
	for p.pos < len(p.s) && (isWordByte(p.s[p.pos]) || p.s[p.pos] == '.') {
		p.pos++
	}
	name, ok := canonicalVariable(p.s[start:p.pos])
	if !ok {
		p.pos = start
		return operand{}, p.errorf("expected a marker variable or a quoted string")
	}
	return operand{isVar: true, value: name}, nil
}

func (p *parser) parseOp() (string, error) {
	for _, op := range []string{"===", "==", "!=", "<=", ">=", "~=", "<", ">"} {
		if strings.HasPrefix(p.s[p.pos:], op) {
			p.pos += len(op)
			return op, nil
		}
	}
	if p.keyword("in") {
		return "in", nil
	}
	save := p.pos
	if p.keyword("not") {
		if p.pos < len(p.s) && isWS(p.s[p.pos]) {
			p.ws()
			if p.keyword("in") {
				return "not in", nil
			}
		}
	}
	p.pos = save
	return "", p.errorf("expected a marker operator")
}

// Evaluate reports whether the marker holds in env. A comparison whose
// right-hand side forms a valid PEP 440 specifier with the operator is a
// version comparison (pre-releases allowed); otherwise strings are compared
// as in Python (so the choice depends on the values, as in packaging, not on
// which variable is compared). Values of "extra" are compared after PEP 503
// normalisation. As in packaging, only the left operand is looked up when
// both are variables (the right one stands for its own name), and a
// comparison of two strings looks the right one up as a variable name.
func (m *Marker) Evaluate(env Environment) (bool, error) {
	return evalNode(m.root, env)
}

func evalNode(n node, env Environment) (bool, error) {
	// Like packaging, evaluate every comparison (no short-circuit), so an
	// invalid comparison is an error whatever the other operands are.
	switch n.kind {
	case nodeAnd, nodeOr:
		all, any := true, false
		for _, c := range n.children {
			ok, err := evalNode(c, env)
			if err != nil {
				return false, err
			}
			all, any = all && ok, any || ok
		}
		if n.kind == nodeAnd {
			return all, nil
		}
		return any, nil
	}
	var lhs, rhs, key string
	if n.lhs.isVar {
		key = n.lhs.value
		lhs, _ = env.Lookup(key)
		rhs = n.rhs.value
	} else {
		key = n.rhs.value
		v, ok := env.Lookup(key)
		if !ok {
			return false, fmt.Errorf("marker compares %q with %q: %w", n.lhs.value, n.rhs.value, ErrUndefinedName)
		}
		lhs, rhs = n.lhs.value, v
	}
	if key == "extra" {
		lhs, rhs = pep503.Normalize(lhs), pep503.Normalize(rhs)
	}
	return compare(lhs, n.op, rhs)
}

func compare(lhs, op, rhs string) (bool, error) {
	switch op {
	case "in":
		return strings.Contains(rhs, lhs), nil
	case "not in":
		return !strings.Contains(rhs, lhs), nil
	}
	if sp, err := pep440.ParseSpecifier(op + rhs); err == nil {
		return sp.Contains(pep440.ParseLoose(lhs), true), nil
	}
	c := strings.Compare(lhs, rhs)
	switch op {
	case "==":
		return c == 0, nil
	case "!=":
		return c != 0, nil
	case "<":
		return c < 0, nil
	case "<=":
		return c <= 0, nil
	case ">":
		return c > 0, nil
	case ">=":
		return c >= 0, nil
	}
	return false, fmt.Errorf("%q %s %q: %w", lhs, op, rhs, ErrUndefinedComparison)
}

// String returns the marker in normal form: variables by canonical name,
// strings double-quoted (single-quoted if they contain a double quote),
// single spaces around operators, and parentheses where precedence needs
// them.
func (m *Marker) String() string {
	var b strings.Builder
	writeNode(&b, m.root, false)
	return b.String()
}

func writeOperand(b *strings.Builder, o operand) {
	switch {
	case o.isVar:
		b.WriteString(o.value)
	case strings.Contains(o.value, `"`):
		b.WriteString("'" + o.value + "'")
	default:
		b.WriteString(`"` + o.value + `"`)
	}
}

func writeNode(b *strings.Builder, n node, inAnd bool) {
	switch n.kind {
	case nodeCompare:
		writeOperand(b, n.lhs)
		b.WriteString(" " + n.op + " ")
		writeOperand(b, n.rhs)
	case nodeAnd:
		for i, c := range n.children {
			if i > 0 {
				b.WriteString(" and ")
			}
			writeNode(b, c, true)
		}
	case nodeOr:
		if inAnd {
			b.WriteByte('(')
		}
		for i, c := range n.children {
			if i > 0 {
				b.WriteString(" or ")
			}
			writeNode(b, c, false)
		}
		if inAnd {
			b.WriteByte(')')
		}
	}
}

func asSyntax(err error, target **SyntaxError) bool { return errors.As(err, target) }
