// Package hashlibinsecure reports MD4, MD5 and SHA-1 hashes used for
// security and crypt's weak methods (Bandit B324).
package hashlibinsecure

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/cryptoutil"
)

//go:embed doc.md
var doc string

// Analyzer reports weak hashes from hashlib and crypt.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1324",
		Name:       "hashlib",
		Aliases:    []string{"B324", "S324"},
		CWE:        []int{327, 328},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "weak MD4, MD5 or SHA-1 hash used for security",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// constructors are hashlib's named constructors of weak hashes.
var constructors = map[string]string{
	"hashlib.md5":           "MD5",
	"hashlib.sha1":          "SHA1",
	"hashlib.md4":           "MD4",
	"hashlib.sha":           "SHA",
	"_hashlib.openssl_md5":  "MD5",
	"_hashlib.openssl_sha1": "SHA1",
	"_md5.md5":              "MD5",
	"_sha1.sha1":            "SHA1",
}

// weakNames are the algorithm names, lower-cased, that hashlib.new and
// hashlib.file_digest accept for weak hashes.
var weakNames = map[string]bool{"md4": true, "md5": true, "sha": true, "sha1": true, "md5-sha1": true, "md5_sha1": true}

// byName are hashlib's functions that take an algorithm name or
// constructor: the argument's position and keyword, and whether the call
// takes usedforsecurity=.
var byName = map[string]struct {
	pos        int
	kw         string
	usedForSec bool
}{
	"hashlib.new":         {0, "name", true},
	"_hashlib.new":        {0, "name", true},
	"hashlib.file_digest": {1, "", false},
}

// crypts are the crypt module's functions that take a method: the
// argument's position and keyword.
var crypts = map[string]struct {
	pos int
	kw  string
}{
	"crypt.crypt":  {1, "salt"},
	"crypt.mksalt": {0, "method"},
}

// weakCryptMethods are crypt's weak methods.
var weakCryptMethods = map[string]bool{
	"crypt.METHOD_CRYPT": true, "crypt.METHOD_MD5": true, "crypt.METHOD_BLOWFISH": true,
}

// callNames are the function names of every table, to skip other calls
// before resolving names.
var callNames = func() map[string]bool {
	m := cryptoutil.LastNames(constructors)
	for k := range cryptoutil.LastNames(byName) {
		m[k] = true
	}
	for k := range cryptoutil.LastNames(crypts) {
		m[k] = true
	}
	return m
}()

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if !cryptoutil.MayCall(call, callNames) {
		return
	}
	q, sp := cryptoutil.CalleeNames(p, call)
	confidence := func(bySpelling bool) finding.Confidence {
		if bySpelling {
			return finding.MediumConfidence
		}
		return finding.HighConfidence
	}
	if algo, name, bySp, ok := cryptoutil.Match(constructors, q, sp); ok {
		checkUse(p, call, algo, name+"()", true, confidence(bySp))
		return
	}
	if spec, name, bySp, ok := cryptoutil.Match(byName, q, sp); ok {
		arg := analysis.Arg(call, spec.pos, spec.kw)
		if arg == nil {
			return
		}
		if s, ok := p.String(arg); ok && weakNames[strings.ToLower(s)] {
			checkUse(p, call, strings.ToUpper(s), fmt.Sprintf("%s(%q)", name, s), spec.usedForSec, confidence(bySp))
			return
		}
		// file_digest(f, hashlib.md5): a constructor passed by name.
		aq, asp := cryptoutil.Names(p, arg)
		if algo, ctor, argSp, ok := cryptoutil.Match(constructors, aq, asp); ok && !spec.usedForSec {
			checkUse(p, call, algo, name+"(..., "+ctor+")", false, confidence(bySp || argSp))
		}
		return
	}
	if spec, name, bySp, ok := cryptoutil.Match(crypts, q, sp); ok {
		aq, asp := cryptoutil.Names(p, analysis.Arg(call, spec.pos, spec.kw))
		_, method, argSp, ok := cryptoutil.Match(weakCryptMethods, aq, asp)
		if !ok {
			return
		}
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        call.Loc,
			Message:    fmt.Sprintf("%s with the weak %s: use crypt.METHOD_SHA512, or better a password hash such as bcrypt, scrypt or argon2", name, method),
			Severity:   int(finding.Medium),
			Confidence: int(confidence(bySp || argSp)),
		})
	}
}

// checkUse reports a weak hash unless usedforsecurity= says it is not
// used for security. As Bandit does, a usedforsecurity= value that is
// not known statically counts as False.
func checkUse(p *analysis.Pass, call *ast.Call, algo, what string, takesUsedForSecurity bool, conf finding.Confidence) {
	if takesUsedForSecurity {
		if v := analysis.Keyword(call, "usedforsecurity"); v != nil {
			if on, known := p.Truth(v); !known || !on {
				return
			}
		} else if analysis.HasKwargs(call) {
			conf = min(conf, finding.MediumConfidence)
		}
	}
	msg := fmt.Sprintf("use of weak %s hash (%s) for security: collisions can be forged", algo, what)
	if takesUsedForSecurity {
		msg += "; pass usedforsecurity=False if it is only a checksum or cache key"
	}
	p.ReportDiagnostic(analysis.Diagnostic{Loc: call.Loc, Message: msg, Confidence: int(conf)})
}
