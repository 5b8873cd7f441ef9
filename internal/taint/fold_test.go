package taint

import (
	"math"
	"testing"

	"github.com/krait-dev/krait/internal/python/ast"
)

func TestFoldBinOp(t *testing.T) {
	tests := []struct {
		op   ast.Operator
		l, r ast.Value
		want ast.Value
		ok   bool
	}{
		{ast.Add, int64(7), int64(5), int64(12), true},
		{ast.Mult, int64(7), int64(18), int64(126), true},
		{ast.FloorDiv, int64(-7), int64(2), int64(-4), true},
		{ast.Modulo, int64(-7), int64(2), int64(1), true},
		{ast.Modulo, int64(7), int64(-2), int64(-1), true},
		{ast.FloorDiv, int64(1), int64(0), nil, false},
		{ast.Add, int64(math.MaxInt64), int64(1), nil, false},
		{ast.Mult, int64(math.MaxInt64), int64(2), nil, false},
		{ast.Div, int64(7), int64(2), 3.5, true},
		{ast.Add, "a", "b", "ab", true},
		{ast.Mult, "ab", int64(2), "abab", true},
		{ast.Modulo, "x=%s", "y", "x=y", true},
		{ast.Modulo, "%d%%", int64(5), nil, false},
		{ast.Add, true, int64(1), int64(2), true},
		{ast.Add, "a", int64(1), nil, false},
	}
	for _, tt := range tests {
		got, ok := foldBinOp(tt.op, tt.l, tt.r)
		if ok != tt.ok || ok && !constEqual(got, tt.want) {
			t.Errorf("%v %v %v = %v, %v; want %v, %v", tt.l, tt.op, tt.r, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFoldCompare(t *testing.T) {
	tests := []struct {
		op         ast.CmpOperator
		l, r       ast.Value
		want, know bool
	}{
		{ast.Gt, int64(176), int64(200), false, true},
		{ast.LtE, 1.5, int64(2), true, true},
		{ast.Eq, "a", "a", true, true},
		{ast.Eq, int64(1), "1", false, true},
		{ast.In, "b", "abc", true, true},
		{ast.NotIn, "z", "abc", true, true},
		{ast.Is, nil, nil, true, true},
		{ast.Lt, "a", int64(1), false, false},
	}
	for _, tt := range tests {
		got, known := foldCompare(tt.op, tt.l, tt.r)
		if known != tt.know || known && got != tt.want {
			t.Errorf("%v %v %v = %v, %v; want %v, %v", tt.l, tt.op, tt.r, got, known, tt.want, tt.know)
		}
	}
}
