package ast

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/python/literal"
)

// Dump returns the text CPython prints for
// ast.dump(node, include_attributes=True). Fields added after Python 3.11
// (type_params, default_value) are printed only when they are not empty, so
// code that Python 3.11 accepts dumps exactly as Python 3.11 prints it.
func Dump(n Node) string {
	d := &dumper{}
	d.node(n)
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	first []bool // per open node: no argument written yet
}

func (d *dumper) open(name string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.first = append(d.first, true)
}

func (d *dumper) close() {
	d.first = d.first[:len(d.first)-1]
	d.b.WriteByte(')')
}

func (d *dumper) field(name string) {
	top := len(d.first) - 1
	if !d.first[top] {
		d.b.WriteString(", ")
	}
	d.first[top] = false
	d.b.WriteString(name)
	d.b.WriteByte('=')
}

func (d *dumper) list(n int, item func(i int)) {
	d.b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			d.b.WriteString(", ")
		}
		item(i)
	}
	d.b.WriteByte(']')
}

func (d *dumper) raw(s string) { d.b.WriteString(s) }

func (d *dumper) str(s string) { d.b.WriteString(literal.ReprStr(s)) }

func (d *dumper) int(i int) { d.b.WriteString(strconv.Itoa(i)) }

func (d *dumper) loc(l Loc) {
	d.field("lineno")
	d.int(int(l.Lineno))
	d.field("col_offset")
	d.int(int(l.ColOffset))
	d.field("end_lineno")
	d.int(int(l.EndLineno))
	d.field("end_col_offset")
	d.int(int(l.EndColOffset))
}

// node dumps a node; a nil node (a None inside a list) prints as None.
func (d *dumper) node(n Node) {
	if isNil(n) {
		d.b.WriteString("None")
		return
	}
	n.dump(d)
}

func (d *dumper) value(v Value) {
	d.b.WriteString(ReprValue(v))
}

// ReprValue returns Python's repr() of a constant value.
func ReprValue(v Value) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case Ellipsis:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return literal.ReprFloat(v)
	case complex128:
		return literal.ReprImag(imag(v))
	case string:
		return literal.ReprStr(v)
	case []byte:
		return literal.ReprBytes(v)
	}
	return "<unknown>"
}

// isNil reports whether n is nil or a typed nil pointer.
func isNil(n Node) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *Arguments:
		return n == nil
	case *Arg:
		return n == nil
	}
	return false
}
