from oslo_config import cfg
from oslo_config.cfg import StrOpt as S
import oslo_config.cfg

SECRET = True
NOT_SECRET = False

opts = [
    cfg.StrOpt("admin_password", help="Password of the admin user"),  # want "\"admin_password\" holds a password but is not marked secret=True"
    cfg.StrOpt("db_password", secret=False),  # want "marked secret=False"
    cfg.StrOpt("adminpassword"),  # want "adminpassword"
    cfg.StrOpt("auth-token"),  # want "auth-token"
    cfg.StrOpt(name="secret"),  # want "\"secret\""
    S("rabbit_passwd"),  # want "rabbit_passwd"
    oslo_config.cfg.StrOpt("ldap_password", secret=NOT_SECRET),  # want "secret=False"
    cfg.StrOpt("ldap_password", secret=flag),  # want "secret= is not a constant"
    cfg.StrOpt("ldap_password", **common),  # want "\\*\\*kwargs"
    cfg.Opt("password"),  # want "password"
    # Safe.
    cfg.StrOpt("admin_password", secret=True),
    cfg.StrOpt("admin_password", secret=SECRET),
    cfg.StrOpt("admin_user"),
    cfg.StrOpt("password_url"),
    cfg.BoolOpt("use_password"),
    cfg.IntOpt("password_length"),
]


class StrOpt:
    def __init__(self, name, secret=False):
        self.name = name


StrOpt("admin_password")  # a local class, not oslo.config's
