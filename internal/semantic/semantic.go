// Package semantic builds the semantic model of a Python module: its
// scopes, the bindings of every name, what imported names stand for, and
// the constant values of names. Rules ask it for the qualified name of a
// call or attribute chain, so that `from subprocess import Popen as P;
// P(...)` and `import os as o; o.system(...)` match the same entries of a
// rule's table, and a function named eval defined in the file is not the
// builtin.
package semantic

import (
	"strings"

	"github.com/krait-dev/krait/internal/python/ast"
)

// ScopeKind is the kind of a scope.
type ScopeKind uint8

// The kinds of scopes.
const (
	ModuleScope ScopeKind = iota
	ClassScope
	FunctionScope
	LambdaScope
	ComprehensionScope
)

// Scope is a Python scope: the module, a class body, a function, a lambda
// or a comprehension.
type Scope struct {
	Kind     ScopeKind
	Node     ast.Node // *ast.Module, *ast.ClassDef, *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, or the comprehension expression
	Parent   *Scope
	Bindings map[string][]*Binding // each name's bindings in source order
	Globals  map[string]bool       // names declared global here
	Nonlocal map[string]bool       // names declared nonlocal here
	// StarImports lists the modules imported with `from M import *`.
	StarImports []string
}

// BindingKind says how a name was bound.
type BindingKind uint8

// The kinds of bindings.
const (
	ImportBinding     BindingKind = iota // import a / import a.b as c / from a import b
	AssignBinding                        // x = value (also x: T = value, x := value)
	AugAssignBinding                     // x += value
	AnnotationBinding                    // x: T (no value)
	FunctionBinding                      // def x
	ClassBinding                         // class x
	ParameterBinding                     // a parameter of a function or lambda
	LoopBinding                          // a for-loop or comprehension target
	WithBinding                          // with ... as x
	ExceptBinding                        // except E as x
	DeleteBinding                        // del x
	MatchBinding                         // a capture pattern of a match statement
	OtherBinding                         // unpacking and anything else
)

// Binding is one binding of a name in a scope.
type Binding struct {
	Name  string
	Kind  BindingKind
	Scope *Scope
	Node  ast.Node // the statement or expression that binds
	Loc   ast.Loc  // where the name is bound
	// Import is, for an import binding, the qualified name the name
	// stands for ("os.path" for `import os.path as p`).
	Import string
	// Value is, for a single-target assignment, the assigned expression.
	Value ast.Expr
}

// Model is the semantic model of one module.
type Model struct {
	Module *Scope
	// Package is the dotted package of the module ("a.b" for a/b/c.py),
	// used to resolve relative imports; empty when unknown.
	Package string
	scopes  map[ast.Node]*Scope
}

// Scope returns the scope that node n opens, or nil when n opens none.
func (m *Model) Scope(n ast.Node) *Scope { return m.scopes[n] }

// builtins are the names of Python's builtins module.
var builtins = func() map[string]bool {
	names := strings.Fields(`abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr
classmethod compile complex copyright credits delattr dict dir divmod enumerate eval exec exit filter
float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter
len license list locals map max memoryview min next object oct open ord pow print property quit range
repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip __import__
__build_class__ __debug__ __doc__ __name__ __file__ __spec__ __loader__ __package__ NotImplemented Ellipsis
BaseException BaseExceptionGroup Exception ExceptionGroup ArithmeticError AssertionError AttributeError
BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError
ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError EncodingWarning
EnvironmentError FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit
IOError ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError
KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError
NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError
RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration
StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError
UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
UnicodeWarning UserWarning ValueError Warning ZeroDivisionError`)
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}()

// IsBuiltin reports whether name is a name of Python's builtins module.
func IsBuiltin(name string) bool { return builtins[name] }
