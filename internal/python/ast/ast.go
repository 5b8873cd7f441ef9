// Package ast declares the syntax tree of Python source code. Its node
// classes and fields are those of CPython's ast module (3.11, plus the
// type-parameter fields of 3.12 and 3.13), so a tree dumps exactly as
// ast.dump(tree, include_attributes=True) prints it.
package ast

//go:generate go run ./gen

// Loc is the position of a node as CPython reports it: 1-based lines and
// 0-based columns counted in UTF-8 bytes. End is exclusive.
type Loc struct {
	Lineno, ColOffset, EndLineno, EndColOffset int32
}

// Location returns the node's position.
func (l Loc) Location() Loc { return l }

// Kind identifies the class of a node; analyzers subscribe to kinds.
type Kind uint8

// String returns the CPython class name of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Invalid"
}

// Node is any node of the tree.
type Node interface {
	Location() Loc
	NodeKind() Kind
	dump(*dumper)
	walk(Visitor)
}

// Mod is a module-level node (ast.mod).
type Mod interface {
	Node
	modNode()
}

// Stmt is a statement node (ast.stmt).
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node (ast.expr).
type Expr interface {
	Node
	exprNode()
}

// Pattern is a match-statement pattern node (ast.pattern).
type Pattern interface {
	Node
	patternNode()
}

// TypeParam is a PEP 695 type parameter node (ast.type_param).
type TypeParam interface {
	Node
	typeParamNode()
}

// Value is the value of a Constant or MatchSingleton. Its dynamic type is
// one of: nil (Python's None), Ellipsis, bool, int64 or *big.Int (Python
// int; *big.Int only when the value does not fit in an int64), float64,
// complex128 (an imaginary literal), string (Python str, as UTF-8; lone
// surrogates are kept as their 3-byte generalized UTF-8 encoding), or
// []byte (Python bytes).
type Value any

// Ellipsis is the value of the constant `...`.
type Ellipsis struct{}

// ExprContext is ast.expr_context: how a target expression is used.
type ExprContext uint8

// The expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

var exprContextNames = [...]string{"Load", "Store", "Del"}

func (c ExprContext) String() string { return exprContextNames[c] }

// BoolOperator is ast.boolop.
type BoolOperator uint8

// The boolean operators.
const (
	And BoolOperator = iota
	Or
)

var boolOperatorNames = [...]string{"And", "Or"}

func (o BoolOperator) String() string { return boolOperatorNames[o] }

// Operator is ast.operator, a binary operator.
type Operator uint8

// The binary operators.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Modulo // ast.Mod; Mod is the module-node interface
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

func (o Operator) String() string { return operatorNames[o] }

// UnaryOperator is ast.unaryop.
type UnaryOperator uint8

// The unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

var unaryOperatorNames = [...]string{"Invert", "Not", "UAdd", "USub"}

func (o UnaryOperator) String() string { return unaryOperatorNames[o] }

// CmpOperator is ast.cmpop, a comparison operator.
type CmpOperator uint8

// The comparison operators.
const (
	Eq CmpOperator = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpOperatorNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

func (o CmpOperator) String() string { return cmpOperatorNames[o] }

// Comment is a comment of the source, kept beside the tree.
type Comment struct {
	Lineno, ColOffset int32  // position of the '#'
	Text              string // the comment, from '#' to the end of the line
}
