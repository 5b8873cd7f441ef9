# weak-random (CWE-330) FALSE-POSITIVE TRAP: random.shuffle orders quiz questions for display [tornado].
import random

import tornado.web

QUESTIONS = ["q1", "q2", "q3", "q4", "q5"]


class QuizHandler(tornado.web.RequestHandler):
    def get(self):
        order = list(QUESTIONS)
        random.shuffle(order)
        self.write({"questions": order[:3]})
