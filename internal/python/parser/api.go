// Package parser turns Python source into the syntax tree of package ast.
// It accepts the Python 3 grammar up to 3.13, always returns a tree (partial
// when the source has errors) together with the errors in the order CPython
// finds them, and never panics or hangs on any input.
package parser

import (
	"fmt"

	"github.com/krait-dev/krait/internal/python/ast"
)

// Error is a syntax error found in a file.
type Error struct {
	Filename string
	Line     int    // 1-based line, 0 when the error concerns the whole file
	Col      int    // 1-based column in UTF-8 bytes, 0 when unknown
	Kind     string // CPython's exception class: SyntaxError, IndentationError or TabError
	Msg      string // the message, close to CPython's

	atOperand bool // found at a name, number or string token
}

// Error formats the error as FILE:LINE:COL: Kind: Msg.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}

// File is the result of parsing one file.
type File struct {
	Filename string
	Module   *ast.Module   // never nil; partial when Errors is not empty
	Comments []ast.Comment // every comment, in source order
	Errors   []*Error      // in the order found, Errors[0] first as CPython reports it; empty when the file is valid
}
