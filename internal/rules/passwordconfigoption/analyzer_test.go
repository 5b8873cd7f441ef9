package passwordconfigoption_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/passwordconfigoption"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", passwordconfigoption.Analyzer)
}
