package rules

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/djangomarksafe"
	"github.com/krait-dev/krait/internal/rules/flaskdebugtrue"
	"github.com/krait-dev/krait/internal/rules/hashlibinsecure"
	"github.com/krait-dev/krait/internal/rules/jinja2autoescapefalse"
	"github.com/krait-dev/krait/internal/rules/makotemplates"
	"github.com/krait-dev/krait/internal/rules/markupsafexss"
	"github.com/krait-dev/krait/internal/rules/requestnocertvalidation"
	"github.com/krait-dev/krait/internal/rules/snmpsecurity"
	"github.com/krait-dev/krait/internal/rules/sshnohostkeyverification"
	"github.com/krait-dev/krait/internal/rules/ssltls"
	"github.com/krait-dev/krait/internal/rules/tarfileunsafemembers"
	"github.com/krait-dev/krait/internal/rules/weakcryptokey"
	"github.com/krait-dev/krait/internal/rules/yamlload"
)

// cryptoRules returns the rules for Bandit B201, B202, B324, B501-B509, B701-B704.
func cryptoRules() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		flaskdebugtrue.Analyzer,
		tarfileunsafemembers.Analyzer,
		hashlibinsecure.Analyzer,
		requestnocertvalidation.Analyzer,
		ssltls.BadVersion,
		ssltls.BadDefaults,
		ssltls.NoVersion,
		weakcryptokey.Analyzer,
		yamlload.Analyzer,
		sshnohostkeyverification.Analyzer,
		snmpsecurity.InsecureVersion,
		snmpsecurity.WeakCryptography,
		jinja2autoescapefalse.Analyzer,
		makotemplates.Analyzer,
		djangomarksafe.Analyzer,
		markupsafexss.Analyzer,
	}
}
