// Package token defines the lexical tokens of Python source code and their
// positions.
package token

// Kind is the kind of a token.
type Kind uint8

// The token kinds. Keywords have their own kinds; soft keywords (match,
// case, type, _) are Name tokens.
const (
	EOF     Kind = iota // end of input (CPython's ENDMARKER)
	Illegal             // text the scanner could not tokenize; an error was reported
	Name
	Number
	String // one string literal with prefix and quotes, f-strings included
	Newline
	Indent
	Dedent

	operatorBegin
	LPar             // (
	RPar             // )
	LSqb             // [
	RSqb             // ]
	Colon            // :
	Comma            // ,
	Semi             // ;
	Plus             // +
	Minus            // -
	Star             // *
	Slash            // /
	VBar             // |
	Amper            // &
	Less             // <
	Greater          // >
	Equal            // =
	Dot              // .
	Percent          // %
	LBrace           // {
	RBrace           // }
	EqEqual          // ==
	NotEqual         // != (and <> is not accepted)
	LessEqual        // <=
	GreaterEqual     // >=
	Tilde            // ~
	Circumflex       // ^
	LeftShift        // <<
	RightShift       // >>
	DoubleStar       // **
	PlusEqual        // +=
	MinEqual         // -=
	StarEqual        // *=
	SlashEqual       // /=
	PercentEqual     // %=
	AmperEqual       // &=
	VBarEqual        // |=
	CircumflexEqual  // ^=
	LeftShiftEqual   // <<=
	RightShiftEqual  // >>=
	DoubleStarEqual  // **=
	DoubleSlash      // //
	DoubleSlashEqual // //=
	At               // @
	AtEqual          // @=
	RArrow           // ->
	Ellipsis         // ...
	ColonEqual       // :=
	Exclamation      // ! (only inside f-string replacement fields)
	operatorEnd

	keywordBegin
	False
	None
	True
	And
	As
	Assert
	Async
	Await
	Break
	Class
	Continue
	Def
	Del
	Elif
	Else
	Except
	Finally
	For
	From
	Global
	If
	Import
	In
	Is
	Lambda
	Nonlocal
	Not
	Or
	Pass
	Raise
	Return
	Try
	While
	With
	Yield
	keywordEnd
)

var kindNames = [...]string{
	EOF: "EOF", Illegal: "ILLEGAL", Name: "NAME", Number: "NUMBER", String: "STRING",
	Newline: "NEWLINE", Indent: "INDENT", Dedent: "DEDENT",
	LPar: "(", RPar: ")", LSqb: "[", RSqb: "]", Colon: ":", Comma: ",", Semi: ";",
	Plus: "+", Minus: "-", Star: "*", Slash: "/", VBar: "|", Amper: "&", Less: "<",
	Greater: ">", Equal: "=", Dot: ".", Percent: "%", LBrace: "{", RBrace: "}",
	EqEqual: "==", NotEqual: "!=", LessEqual: "<=", GreaterEqual: ">=", Tilde: "~",
	Circumflex: "^", LeftShift: "<<", RightShift: ">>", DoubleStar: "**",
	PlusEqual: "+=", MinEqual: "-=", StarEqual: "*=", SlashEqual: "/=",
	PercentEqual: "%=", AmperEqual: "&=", VBarEqual: "|=", CircumflexEqual: "^=",
	LeftShiftEqual: "<<=", RightShiftEqual: ">>=", DoubleStarEqual: "**=",
	DoubleSlash: "//", DoubleSlashEqual: "//=", At: "@", AtEqual: "@=", RArrow: "->",
	Ellipsis: "...", ColonEqual: ":=", Exclamation: "!",
	False: "False", None: "None", True: "True", And: "and", As: "as", Assert: "assert",
	Async: "async", Await: "await", Break: "break", Class: "class", Continue: "continue",
	Def: "def", Del: "del", Elif: "elif", Else: "else", Except: "except",
	Finally: "finally", For: "for", From: "from", Global: "global", If: "if",
	Import: "import", In: "in", Is: "is", Lambda: "lambda", Nonlocal: "nonlocal",
	Not: "not", Or: "or", Pass: "pass", Raise: "raise", Return: "return", Try: "try",
	While: "while", With: "with", Yield: "yield",
}

// String returns the operator or keyword text, or the kind's name in capitals.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "UNKNOWN"
}

// IsOperator reports whether k is an operator or delimiter.
func (k Kind) IsOperator() bool { return k > operatorBegin && k < operatorEnd }

// IsKeyword reports whether k is a (hard) keyword.
func (k Kind) IsKeyword() bool { return k > keywordBegin && k < keywordEnd }

var keywords = func() map[string]Kind {
	m := make(map[string]Kind, keywordEnd-keywordBegin)
	for k := keywordBegin + 1; k < keywordEnd; k++ {
		m[kindNames[k]] = k
	}
	return m
}()

// Lookup returns the keyword kind of name, or Name if it is not a keyword.
func Lookup(name string) Kind {
	if k, ok := keywords[name]; ok {
		return k
	}
	return Name
}

// Token is one token. Line and Col are where it starts, EndLine and EndCol
// where it ends (exclusive), as CPython reports them: lines are 1-based,
// columns are 0-based counts of UTF-8 bytes. Off and EndOff are byte
// offsets of the token's text in the scanned source.
type Token struct {
	Kind                       Kind
	Line, Col, EndLine, EndCol int32
	Off, EndOff                int32
}
