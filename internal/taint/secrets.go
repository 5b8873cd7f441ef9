package taint

import (
	"strings"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/identifier"
	"github.com/krait-dev/krait/internal/python/ast"
)

// passwordWords are the words of an identifier that name a password or a
// comparable secret: what must not be hashed with MD5 or SHA-1.
var passwordWords = map[string]bool{
	"password": true, "passwords": true, "passwd": true, "pwd": true, "passphrase": true, "passcode": true,
	"secret": true, "credential": true, "credentials": true, "pin": true, "pw": true,
}

// secretWords are the words of an identifier that name a value protecting
// something (a token, a session id, a key): what must not come from a
// predictable generator.
var secretWords = map[string]bool{
	"token": true, "password": true, "passwd": true, "pwd": true, "passphrase": true, "passcode": true,
	"secret": true, "nonce": true, "otp": true, "totp": true, "hotp": true, "csrf": true, "xsrf": true,
	"csrftoken": true, "salt": true, "sid": true, "sessionid": true, "apikey": true,
	"cookie": true, "credential": true, "credentials": true, "pin": true, "jwt": true, "mfa": true,
}

// secretPrefixes are the words that make a following "key" or "code" (or
// "id") a secret: api_key, reset_code, session_id.
var secretPrefixes = map[string]bool{
	"api": true, "secret": true, "access": true, "private": true, "signing": true, "encryption": true,
	"session": true, "reset": true, "verification": true, "verify": true, "confirm": true,
	"confirmation": true, "activation": true, "invite": true, "invitation": true, "login": true,
	"auth": true, "recovery": true, "sms": true, "email": true, "magic": true, "unlock": true,
	"one": true, "security": true, "hmac": true, "license": true,
}

// IsSecretName reports whether an identifier (a variable, attribute, dict
// key, keyword or function name) names a value that protects something:
// a token, password, session id, reset code, API key, nonce, OTP, salt,
// cookie value or CSRF token.
func IsSecretName(name string) bool {
	words := identifier.Words(name)
	for i, w := range words {
		if secretWords[w] {
			return true
		}
		if (w == "key" || w == "code" || w == "id") && i > 0 && secretPrefixes[words[i-1]] {
			return true
		}
	}
	return false
}

// IsPasswordName reports whether an identifier names a password or a
// comparable secret.
func IsPasswordName(name string) bool {
	for _, w := range identifier.Words(name) {
		if passwordWords[w] {
			return true
		}
	}
	return false
}

// secretTrace reports whether a trace went through a password-like name
// (a request field, parameter or variable called password).
func secretTrace(trace []finding.Step) bool {
	for _, s := range trace {
		for _, f := range strings.FieldsFunc(s.Message, func(r rune) bool {
			return r == ' ' || r == '(' || r == ')' || r == '.' || r == ',' || r == ':' || r == '"' || r == '\'' || r == '[' || r == ']'
		}) {
			if IsPasswordName(f) {
				return true
			}
		}
	}
	return false
}

// weakHashes are the constructors of MD5 and SHA-1 hashes.
var weakHashes = map[string]string{
	"hashlib.md5": "hashlib.md5", "hashlib.sha1": "hashlib.sha1",
	"_hashlib.openssl_md5": "hashlib.md5", "_hashlib.openssl_sha1": "hashlib.sha1",
	"Crypto.Hash.MD5.new": "MD5.new", "Crypto.Hash.SHA.new": "SHA.new", "Crypto.Hash.SHA1.new": "SHA1.new",
	"Cryptodome.Hash.MD5.new": "MD5.new", "Cryptodome.Hash.SHA1.new": "SHA1.new",
}

// weakHashNames are the algorithm names hashlib.new accepts for MD5 and
// SHA-1, lower-cased.
var weakHashNames = map[string]bool{"md5": true, "sha1": true, "sha": true, "md4": true, "md5-sha1": true}

// checkWeakHash reports tainted secrets hashed with MD5 or SHA-1 (the
// constructor's data, hashlib.new("md5", data), or .update(data) on such
// a hash), unless usedforsecurity=False says the hash protects nothing.
func (fr *frame) checkWeakHash(call *ast.Call, q, method string, a *argValues) {
	if k := keywordExpr(call, "usedforsecurity"); k != nil {
		if c, ok := k.(*ast.Constant); ok && c.Value == false {
			return
		}
	}
	var v Value
	var ok bool
	name := ""
	switch {
	case weakHashes[q] != "":
		name = weakHashes[q]
		v, ok = a.arg(0, "string")
		if !ok {
			v, ok = a.arg(0, "data")
		}
	case q == "hashlib.new" || q == "_hashlib.new":
		if n, known := a.arg(0, "name"); known && n.Known {
			if s, isStr := n.Const.(string); isStr && weakHashNames[strings.ToLower(s)] {
				name = "hashlib.new(\"" + s + "\")"
				v, ok = a.arg(1, "data")
			}
		}
	case method == "update" && strings.HasSuffix(q, "().update"):
		if n := weakHashes[strings.TrimSuffix(q, "().update")]; n != "" {
			name = n + "().update"
			v, ok = a.arg(0, "")
		}
	}
	if ok && v.Tainted() {
		fr.report(WeakHash, name, call.Loc, v.Taint, 0, nil)
	}
}
