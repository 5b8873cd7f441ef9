// Package weakcryptokey reports RSA, DSA, DH and elliptic-curve keys too
// short to resist attack (Bandit B505).
package weakcryptokey

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

// Analyzer reports weak key sizes and curves.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1505",
		Name:       "weak-cryptographic-key",
		Aliases:    []string{"B505", "S505"},
		CWE:        []int{326},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "RSA/DSA/DH key shorter than 2048 bits or elliptic curve under 224 bits",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// keyGen describes a key-generating call: the kind of key, where the
// size (or the curve, for EC) is passed, and the size used when the
// argument is absent (0: unknown or safe).
type keyGen struct {
	kind string // "RSA", "DSA", "DH", "EC", or "" when given by the first argument
	pos  int
	kw   string
	def  int64
}

const hazmat = "cryptography.hazmat.primitives.asymmetric."

// keyGens are the key-generating calls, by qualified name.
var keyGens = map[string]keyGen{
	hazmat + "rsa.generate_private_key":  {"RSA", 1, "key_size", 0},
	hazmat + "dsa.generate_private_key":  {"DSA", 0, "key_size", 0},
	hazmat + "dsa.generate_parameters":   {"DSA", 0, "key_size", 0},
	hazmat + "dh.generate_parameters":    {"DH", 1, "key_size", 0},
	hazmat + "ec.generate_private_key":   {"EC", 0, "curve", 0},
	hazmat + "ec.derive_private_key":     {"EC", 1, "curve", 0},
	"Crypto.PublicKey.RSA.generate":      {"RSA", 0, "bits", 0},
	"Crypto.PublicKey.DSA.generate":      {"DSA", 0, "bits", 0},
	"Crypto.PublicKey.ECC.generate":      {"EC", -1, "curve", 0},
	"Cryptodome.PublicKey.RSA.generate":  {"RSA", 0, "bits", 0},
	"Cryptodome.PublicKey.DSA.generate":  {"DSA", 0, "bits", 0},
	"Cryptodome.PublicKey.ECC.generate":  {"EC", -1, "curve", 0},
	"paramiko.RSAKey.generate":           {"RSA", 0, "bits", 0},
	"paramiko.rsakey.RSAKey.generate":    {"RSA", 0, "bits", 0},
	"paramiko.DSSKey.generate":           {"DSA", 0, "bits", 1024},
	"paramiko.dsskey.DSSKey.generate":    {"DSA", 0, "bits", 1024},
	"rsa.newkeys":                        {"RSA", 0, "nbits", 0},
	"OpenSSL.crypto.PKey().generate_key": {"", 1, "bits", 0},
}

// genNames are the function names of keyGens, to skip other calls
// cheaply.
var genNames = cryptoutil.LastNames(keyGens)

// pkeyTypes are pyOpenSSL's key types, for PKey().generate_key.
var pkeyTypes = map[string]string{
	"OpenSSL.crypto.TYPE_RSA": "RSA",
	"OpenSSL.crypto.TYPE_DSA": "DSA",
}

// curves are the elliptic curves below 224 bits: cryptography's classes
// (by qualified name and, for names krait cannot resolve, by class name)
// and pycryptodome's curve names (lower case).
var (
	curveClasses = map[string]int64{
		hazmat + "ec.SECP192R1": 192,
		hazmat + "ec.SECT163K1": 163,
		hazmat + "ec.SECT163R2": 163,
	}
	curveClassNames = map[string]int64{"SECP192R1": 192, "SECT163K1": 163, "SECT163R2": 163}
	curveNames      = map[string]int64{
		"p-192": 192, "p192": 192, "nist p-192": 192, "prime192v1": 192, "secp192r1": 192,
	}
)

// thresholds are the default limits below which keys are weak with high
// and with medium severity; the options weak_key_size_<kind>_high and
// weak_key_size_<kind>_medium (Bandit's names) change them.
var thresholds = map[string][2]int64{
	"RSA": {1024, 2048},
	"DSA": {1024, 2048},
	"DH":  {1024, 2048},
	"EC":  {160, 224},
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	if !cryptoutil.MayCall(call, genNames) {
		return
	}
	q, sp := cryptoutil.CalleeNames(p, call)
	gen, _, bySpelling, ok := cryptoutil.Match(keyGens, q, sp)
	if !ok {
		// An instance krait knows only through an annotation or a
		// self attribute (pyOpenSSL's PKey).
		if gen, ok = keyGens[cryptoutil.Name(p, call.Func)]; !ok {
			return
		}
	}
	conf := finding.HighConfidence
	if bySpelling {
		conf = finding.MediumConfidence
	}
	kind := gen.kind
	if kind == "" {
		kind = pkeyTypes[p.QualifiedName(analysis.Arg(call, 0, "type"))]
		if kind == "" {
			return
		}
	}
	arg := analysis.Arg(call, gen.pos, gen.kw)
	if kind == "EC" {
		checkCurve(p, arg, conf)
		return
	}
	var size int64
	switch {
	case arg != nil:
		v, ok := cryptoutil.Int(p, arg)
		if !ok {
			return // a size krait cannot know
		}
		size = v
	case gen.def != 0 && !cryptoutil.HasStarArgs(call):
		size = gen.def
	default:
		return
	}
	at := ast.Node(call)
	if arg != nil {
		at = arg
	}
	classify(p, at, kind, size, fmt.Sprintf("%s key of %d bits", kind, size), conf)
}

// checkCurve reports weak elliptic curves: instances (ec.SECP192R1()),
// classes (ec.SECP192R1) and pycryptodome's names ("P-192").
func checkCurve(p *analysis.Pass, curve ast.Expr, conf finding.Confidence) {
	if curve == nil {
		return
	}
	var bits int64
	var label string
	if s, ok := p.String(curve); ok {
		bits, label = curveNames[strings.ToLower(s)], s
	} else {
		q, sp := cryptoutil.Names(p, curve)
		q, sp = strings.TrimSuffix(q, "()"), strings.TrimSuffix(sp, "()")
		if b, name, bySpelling, ok := cryptoutil.Match(curveClasses, q, sp); ok {
			bits, label = b, cryptoutil.Last(name)
			if bySpelling {
				conf = finding.MediumConfidence
			}
		} else if b, ok := curveClassNames[cryptoutil.LastName(curve)]; ok && (q == "" || cryptoutil.Last(q) == cryptoutil.LastName(curve)) {
			// Matched by its name only (a star import, a re-export).
			bits, label, conf = b, cryptoutil.LastName(curve), finding.MediumConfidence
		}
	}
	if bits == 0 {
		return
	}
	classify(p, curve, "EC", bits, fmt.Sprintf("EC key on curve %s (%d bits)", label, bits), conf)
}

// classify reports a key of kind and size if it is below the thresholds.
func classify(p *analysis.Pass, at ast.Node, kind string, size int64, what string, conf finding.Confidence) {
	t := thresholds[kind]
	key := "weak_key_size_" + strings.ToLower(kind)
	high := p.IntOption(key+"_high", t[0])
	medium := p.IntOption(key+"_medium", t[1])
	var sev finding.Severity
	var limit int64
	switch {
	case size < high:
		sev, limit = finding.High, high
	case size < medium:
		sev, limit = finding.Medium, medium
	default:
		return
	}
	p.ReportDiagnostic(analysis.Diagnostic{
		Loc:        at.Location(),
		Message:    fmt.Sprintf("%s: %s keys below %d bits are considered breakable", what, kind, limit),
		Severity:   int(sev),
		Confidence: int(conf),
	})
}
