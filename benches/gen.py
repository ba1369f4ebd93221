#!/usr/bin/env python3
"""Deterministic generator of customer-service drafts for Tact's benchmark (issue 7).

Python 3.11 standard library only. The same arguments always give byte-identical output.

    gen.py --out DIR --mb 10          DIR/<lang>/<channel>/NNNNN.txt, ~10 MB (~8,000 files)
    gen.py --mbox FILE --mb 100       one mbox archive of email messages, ~100 MB
    gen.py --one-page FILE            one one-page email draft (~420 words)
    gen.py --phrases FILE             the literal phrases of the built-in tone.discourteous
                                      rules of every language, one per line (for `rg -f`)

Several outputs may be asked for in one call. MB means 10^6 bytes. --seed changes the
data (default 7); --langs en,pt limits --out and --mbox to some languages. Drafts are in English, Portuguese, Italian and Turkish; channels are
email, letter, phone (scripts with speaker labels) and voicemail greetings; each draft has
80-400 words, and some contain rude phrases from the rule packs, unfilled placeholders,
questions, ALL-CAPS runs, repeated "!!" and dates (past and future around 2026-12-01).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LANGS = ["en", "pt", "it", "tr"]
CHANNELS = ["email", "letter", "phone", "voicemail"]
MB = 1_000_000

# ---------------------------------------------------------------------------------------
# Language banks. Slots in {braces} are filled per document (names, organization, order
# numbers) or per use ({date}, {ph} give a fresh value every time).
# ---------------------------------------------------------------------------------------

EN = {
    "female": ["Ana", "Emma", "Olivia", "Sophie", "Grace", "Chloe", "Hannah", "Lucy", "Megan", "Priya", "Zoe", "Rachel"],
    "male": ["Sam", "James", "Oliver", "Daniel", "Tom", "Ben", "Harry", "Liam", "Omar", "David", "Ryan", "Alex"],
    "last": ["Lee", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Patel", "Walker", "Clarke", "Hughes", "Evans", "Murphy"],
    "title_f": "Ms", "title_m": "Mr",
    "orgs": ["Acme Energy", "Northwind Telecom", "Brightwater Insurance", "Harbour Bank", "Greenline Rail", "Acme Home", "Riverside Water", "Summit Broadband"],
    "depts": ["Customer Care", "Billing Team", "Customer Support", "Complaints Team", "Accounts Team"],
    "products": ["blender", "router", "smart meter", "kettle", "mobile phone", "set-top box", "washing machine", "printer"],
    "weekdays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "months": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "currency": lambda a: f"£{a:,.2f}",
    "phones": ["0800 123 4567", "0345 600 7000", "0300 555 0199", "020 7946 0321"],
    "subjects": [
        "Your refund for order {order}", "Re: Invoice {order}", "Your new tariff from {date}",
        "Re: Damaged {product}", "Update on your complaint {ref}", "Re: Change of address",
        "Your appointment on {date}", "Re: Direct Debit question", "Your {product} replacement",
        "Re: Missing delivery", "Confirmation of your cancellation", "Re: Meter reading",
    ],
    "salutations": ["Hi {first},", "Hello {first},", "Dear {title} {last},", "Dear {first},", "Good morning {first},"],
    "openers": [
        "Thank you for getting in touch about your {product}.",
        "Thanks for your message about order {order}, and sorry for the trouble.",
        "Thank you for your patience while we looked into this.",
        "I'm sorry to hear that your {product} has not been working as it should.",
        "Thanks for calling us yesterday and for sending the photos.",
        "I hope you are well, and thank you for letting us know about the problem with your account.",
    ],
    "body": [
        "I've checked order {order}: the {product} arrived damaged, so I've issued a full refund of {amount} to your card today.",
        "The refund usually appears within 3-5 working days, depending on your bank.",
        "You don't need to send the {product} back; please recycle it or keep it for parts.",
        "I have updated your address on our system, and your next bill will go to the new one.",
        "Your account is now on the Fixed Saver tariff, which will lower your monthly payment to {amount}.",
        "Our engineer found a fault in the line outside your property and repaired it this morning.",
        "I've added a note to your account so that anyone you speak to will know the whole story.",
        "The late payment fee of {amount} has been removed as a goodwill gesture.",
        "Your replacement {product} was dispatched this afternoon and should reach you within two working days.",
        "I can see that the last two bills were based on estimated readings rather than the real ones.",
        "We have corrected the reading and sent a new bill to your email address.",
        "The Direct Debit will now be collected on the 15th of each month, as you asked.",
        "Your complaint reference is {ref}, in case you need to contact us again.",
        "I completely understand how frustrating it is to wait in for a delivery that doesn't arrive.",
        "The courier has confirmed that the parcel was returned to our warehouse by mistake.",
        "I've booked a technician visit for {date}, between 8 am and 1 pm.",
        "Your contract ends on {date}, and there is no fee for leaving after that date.",
        "We have credited your account with {amount} to make up for the time you were without service.",
        "I've asked our billing team to check the payments you made in March and April.",
        "The new card will arrive in a plain envelope, and the PIN will follow separately.",
        "Your policy documents are attached as a PDF, and a printed copy is on its way by post.",
        "I'm sorry that the first reply you received did not answer your question properly.",
        "We changed our opening hours last month, which is why nobody answered when you called on Sunday.",
        "There was a problem with our payment system on {date}, and several customers were charged twice.",
        "The duplicate payment has already been reversed and should be back in your account by Friday.",
    ],
    "questions": [
        "Could you send me a photo of the serial number on the back of the {product}?",
        "Would a morning or an afternoon appointment suit you better?",
        "Can you confirm the last four digits of the card you paid with?",
        "Would you like us to send future bills by email instead of by post?",
        "Is the meter reading on your photo from {date}?",
        "Could you let me know which address the parcel should go to?",
    ],
    "rude": [
        "Per my last email, the form is attached and needs to be signed.",
        "As I already told you, the refund has been processed.",
        "You failed to include your account number, so we could not find your payment.",
        "If you had read the terms, you would know that delivery takes ten days.",
        "That's not my department, so you will have to call the billing line.",
        "There is nothing we can do about the courier's delay.",
        "With all due respect, the meter reading you sent was wrong.",
        "As you should know, the contract cannot be cancelled in the first year.",
        "It's not our fault that the payment bounced.",
        "I have no idea why the bank returned it.",
        "You have to understand that we receive hundreds of complaints a day.",
        "It is what it is, and the fee stands.",
    ],
    "shouting": ["Please DO NOT PAY the old invoice.", "Your account is OVERDUE AND WILL BE CLOSED.", "This is YOUR LAST REMINDER."],
    "exclaim": ["Your order is on its way!!", "Did you not receive our letter?!", "Great news, the refund is done!!"],
    "placeholder_lines": [
        "Your reference number is {ph}.", "I'll call you back on {ph}.", "The engineer, {ph}, will bring the new part.",
        "Please quote {ph} when you pay.",
    ],
    "placeholders": ["{{first_name}}", "[NAME]", "[CUSTOMER NAME]", "<insert date>", "XXX", "TBD", "{account_number}", "[Agent Name]"],
    "closers": [
        "If the refund hasn't arrived by next Friday, just reply to this email and I'll look into it straight away.",
        "If you have any other questions, please reply to this email or call us on {phone}.",
        "Please let me know if there is anything else I can do for you.",
        "Thank you again for your patience, and sorry for the inconvenience.",
    ],
    "signoffs": ["Kind regards,", "Best regards,", "Many thanks,", "Best wishes,", "Warm regards,"],
    "quote_intro": "On {qdate}, {cust_full} <{cust_mail}> wrote:",
    "cust_questions": [
        "When will my refund arrive?", "Why was I charged twice this month?", "Can I change the delivery address?",
        "Do I need to send the {product} back?", "How long will the repair take?", "Is there a fee for cancelling?",
        "I'd like to know whether my contract renews automatically.", "Will the engineer call before coming?",
    ],
    "cust_lines": [
        "I ordered a {product} three weeks ago and it still hasn't arrived.", "This is the third time I am writing about this.",
        "I have been a customer for twelve years.", "Thanks in advance.",
    ],
    # letters
    "letter_salutations": ["Dear {title} {last},", "Dear {first} {last},", "Dear Customer,"],
    "letter_openers": [
        "Thank you for your letter of {date} about your {product}.",
        "We are writing to let you know about a change to your account.",
        "Following your call on {date}, we have reviewed your account.",
        "We are writing about the outstanding balance of {amount} on your account.",
    ],
    "next_steps": [
        "Please sign the enclosed agreement and return it in the prepaid envelope by {date}.",
        "Please pay the balance of {amount} by {date} using the reference on this letter.",
        "You don't need to do anything: the change will happen automatically.",
        "Please send us a copy of your photo ID so that we can complete the transfer.",
    ],
    "contacts": [
        "If you have any questions, please call us on {phone} or email {mail}.",
        "You can reach our team on {phone}, Monday to Friday, 8 am to 8 pm.",
        "If anything is unclear, write to us at {mail} or visit any of our branches.",
    ],
    "letter_signoffs": ["Yours sincerely,", "Yours faithfully,", "Kind regards,"],
    # phone
    "agent": "Agent", "customer": "Customer",
    "phone_greet": [
        "Thank you for calling {org}, this is {agent_first}. How can I help you today?",
        "Good morning, {org}, you're speaking to {agent_first}. How may I help?",
        "Hello, thanks for calling {org}, my name is {agent_first}. What can I do for you today?",
    ],
    "phone_issue": [
        "Hi, my last bill looks far too high. I think the meter reading is wrong.",
        "Hello, my {product} stopped working yesterday and I need it for work.",
        "I'm calling about order {order}, it was supposed to arrive on {date}.",
        "I moved house last month and the bills still go to the old address.",
        "Hi, can you tell me why I was charged twice this month?",
    ],
    "phone_cust": [
        "It says 04512.", "Yes, that's right.", "Okay, and when will that happen?", "Great, thanks.",
        "My account number is {order}.", "Sorry, could you repeat that?", "That would be helpful, thank you.",
        "It's {first} {last}, 12 Station Road.", "Will I get a confirmation by email?", "Mornings are better for me.",
        "I've been waiting for over a week, to be honest.", "Fine, go ahead.",
    ],
    "phone_agent": [
        "I'm sorry about that. Could you read me the number on your meter?",
        "Thank you. The bill used an estimate of 05100, so I've corrected it and sent you a new bill by email.",
        "Let me just pull up your account, it will only take a moment.",
        "Could you confirm your full name and the first line of your address, please?",
        "I can see the second payment on {date}; I've refunded it and you'll see it in three to five working days.",
        "I've booked an engineer for {date} between 8 am and 1 pm. They will call you half an hour before arriving.",
        "I understand, that must be really frustrating. Let me see what I can do.",
        "I've sent a replacement {product} by next-day delivery, and you'll get a tracking link by text.",
        "Of course. I've updated the address, and your next bill will go to the new one.",
        "I'll put a note on your account so my colleagues know the whole story.",
    ],
    "phone_check": ["Is there anything else I can help you with today?", "Is there anything else I can do for you?"],
    "phone_no": ["No, that's all, thank you.", "No, that's everything.", "That's it, thanks."],
    "phone_bye": ["Thank you for calling {org}. Have a lovely day.", "Thanks for calling, and have a great evening."],
    # voicemail
    "vm_greet": [
        "Hello, you've reached {agent_full} at {org} customer care.",
        "Hi, this is {agent_full} from the {dept} at {org}.",
        "Thank you for calling {org}. You've reached the voicemail of {agent_full}.",
    ],
    "vm_away": [
        "I'm away from my desk right now.", "I'm out of the office until {date}.",
        "I'm on annual leave until {date} and will have limited access to messages.",
        "Our office is closed for the holiday until {date}.",
    ],
    "vm_callback": [
        "Please leave your name, number and a short message, and I'll return your call within one business day.",
        "Leave a message after the tone and I will call you back as soon as I can.",
        "We return all calls within four working hours.",
    ],
    "vm_extra": [
        "If your call is urgent, please ring our main line on {phone}, which is open from 8 am to 8 pm.",
        "To report a gas leak or a power cut, please hang up and call {phone} at any time.",
        "You can also manage your account, pay a bill or send us a meter reading online at any time.",
        "Please have your account number ready when you call again, as it helps us find your details quickly.",
        "For questions about a delivery, you can track your order with the link in your confirmation email.",
        "If you are calling about a complaint, please leave your reference number so that I can look at it before calling back.",
        "Our office hours are Monday to Friday from 9 am to 5 pm, except bank holidays.",
        "Messages left after 4 pm on Friday will be answered on Monday morning.",
    ],
}

PT = {
    "female": ["Ana", "Maria", "Marta", "Beatriz", "Joana", "Inês", "Carla", "Sofia", "Rita", "Helena", "Luísa", "Patrícia"],
    "male": ["Rui", "João", "Pedro", "Tiago", "Miguel", "Nuno", "Ricardo", "Paulo", "André", "Bruno", "Carlos", "Diogo"],
    "last": ["Santos", "Costa", "Almeida", "Ferreira", "Pereira", "Oliveira", "Rodrigues", "Martins", "Sousa", "Gomes", "Lopes", "Carvalho"],
    "title_f": "Sra.", "title_m": "Sr.",
    "orgs": ["Energia do Tejo", "Seguradora Atlântico", "Banco Lusitano", "Telecom Norte", "Águas do Douro", "Acme Casa", "Transportes Litoral"],
    "depts": ["Apoio ao Cliente", "Serviço de Faturação", "Gabinete de Reclamações", "Linha de Apoio"],
    "products": ["liquidificador", "router", "contador inteligente", "telemóvel", "aspirador", "micro-ondas", "televisor"],
    "weekdays": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "months": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "currency": lambda a: f"{a:.2f} €".replace(".", ","),
    "phones": ["808 200 300", "210 123 456", "800 500 600", "225 432 100"],
    "subjects": [
        "Reembolso da encomenda {order}", "RE: Fatura {order}", "Alteração do seu tarifário", "RE: {product} danificado",
        "Ponto de situação da reclamação {ref}", "RE: Alteração de morada", "A sua marcação de {date}", "RE: Débito direto",
        "Confirmação do cancelamento", "RE: Leitura do contador",
    ],
    "salutations": ["Olá {first},", "Bom dia {first},", "Cara {title} {last},", "Caro {title} {last},", "Boa tarde {first},"],
    "openers": [
        "Obrigado pelo seu contacto sobre o {product}.",
        "Agradecemos a sua mensagem sobre a encomenda {order} e lamentamos o incómodo.",
        "Obrigada pela paciência enquanto analisávamos a situação.",
        "Lamento saber que o {product} não está a funcionar como devia.",
    ],
    "body": [
        "Verifiquei a encomenda {order}: o {product} chegou danificado, por isso emiti hoje um reembolso total de {amount} para o seu cartão.",
        "O reembolso costuma aparecer no extrato em 3 a 5 dias úteis, dependendo do banco.",
        "Não precisa de devolver o {product}; pode reciclá-lo no ecoponto mais próximo.",
        "Atualizei a sua morada no nosso sistema e a próxima fatura já seguirá para a nova.",
        "A partir de agora, a sua conta passa para o tarifário Poupança Fixa, com uma mensalidade de {amount}.",
        "O nosso técnico encontrou uma avaria na linha exterior e reparou-a esta manhã.",
        "Deixei uma nota na sua ficha para que qualquer colega saiba o que aconteceu.",
        "A taxa de atraso de {amount} foi anulada como gesto comercial.",
        "O novo {product} foi expedido esta tarde e deve chegar dentro de dois dias úteis.",
        "As duas últimas faturas foram calculadas com leituras estimadas e não com as leituras reais.",
        "Corrigimos a leitura e enviámos uma nova fatura para o seu endereço de e-mail.",
        "O débito direto passará a ser cobrado no dia 15 de cada mês, como pediu.",
        "A referência da sua reclamação é {ref}, caso precise de nos contactar novamente.",
        "Compreendo perfeitamente como é frustrante esperar por uma entrega que não chega.",
        "A transportadora confirmou que a encomenda foi devolvida ao nosso armazém por engano.",
        "Marquei a visita de um técnico para {date}, entre as 8h e as 13h.",
        "O seu contrato termina a {date} e não há qualquer penalização por sair depois dessa data.",
        "Creditámos {amount} na sua conta pelo tempo em que esteve sem serviço.",
        "O novo cartão chegará num envelope sem identificação e o PIN seguirá em carta separada.",
        "Em anexo segue a apólice em PDF; a versão impressa também já foi enviada pelo correio.",
        "Houve um problema no nosso sistema de pagamentos a {date} e alguns clientes foram cobrados duas vezes.",
        "O pagamento duplicado já foi estornado e deverá voltar à sua conta até sexta-feira.",
    ],
    "questions": [
        "Pode enviar-me uma fotografia do número de série do {product}?",
        "Prefere uma marcação de manhã ou de tarde?",
        "Pode confirmar os últimos quatro dígitos do cartão com que pagou?",
        "Gostaria de passar a receber as faturas por e-mail?",
        "A leitura da fotografia é de {date}?",
    ],
    "rude": [
        "Como já lhe disse no último e-mail, o reembolso já foi processado.",
        "Não é o meu departamento, por isso terá de ligar para a faturação.",
        "A culpa não é nossa se o banco devolveu o pagamento.",
        "Quantas vezes tenho de repetir que o prazo é de dez dias?",
        "Como já expliquei, o contrato não pode ser cancelado no primeiro ano.",
        "Não é problema nosso se a transportadora se atrasou.",
        "Já lhe disse que a leitura que enviou estava errada.",
        "A culpa é sua por não ter enviado o número de cliente.",
    ],
    "shouting": ["Por favor NÃO PAGUE a fatura antiga.", "A sua conta está EM ATRASO E SERÁ SUSPENSA.", "Este é o ÚLTIMO AVISO."],
    "exclaim": ["A sua encomenda já foi enviada!!", "Não recebeu a nossa carta?!", "Boas notícias, o reembolso está feito!!"],
    "placeholder_lines": ["A sua referência é {ph}.", "Ligo-lhe de volta para o número {ph}.", "Indique {ph} quando fizer o pagamento."],
    "placeholders": ["{{nome}}", "[NOME]", "[NOME DO CLIENTE]", "<inserir data>", "XXX", "{{nome_agente}}", "[Número de Cliente]"],
    "closers": [
        "Se o reembolso não chegar até sexta-feira, responda a este e-mail e trato do assunto de imediato.",
        "Se tiver mais alguma dúvida, responda a este e-mail ou ligue para {phone}.",
        "Diga-me se houver mais alguma coisa em que possa ajudar.",
        "Mais uma vez obrigado pela paciência e as nossas desculpas pelo incómodo.",
    ],
    "signoffs": ["Com os melhores cumprimentos,", "Cumprimentos,", "Atenciosamente,", "Obrigada,"],
    "quote_intro": "Em {qdate}, {cust_full} <{cust_mail}> escreveu:",
    "cust_questions": [
        "Quando vou receber o reembolso?", "Porque fui cobrado duas vezes este mês?", "Posso alterar a morada de entrega?",
        "Tenho de devolver o {product}?", "Quanto tempo demora a reparação?", "Há alguma taxa para cancelar?",
        "Gostaria de saber se o contrato é renovado automaticamente.",
    ],
    "cust_lines": ["Encomendei um {product} há três semanas e ainda não chegou.", "É a terceira vez que escrevo sobre isto.", "Obrigado desde já."],
    "letter_salutations": ["Exma. Senhora D. {first} {last},", "Exmo. Senhor {first} {last},", "Caro Cliente,"],
    "letter_openers": [
        "Agradecemos a sua carta de {date} sobre o {product}.",
        "Escrevemos para o informar de uma alteração na sua conta.",
        "Na sequência do seu telefonema de {date}, analisámos a sua conta.",
        "Escrevemos a propósito do saldo em dívida de {amount} na sua conta.",
    ],
    "next_steps": [
        "Por favor, assine o contrato em anexo e devolva-o no envelope RSF até {date}.",
        "Por favor, pague o valor de {amount} até {date}, indicando a referência desta carta.",
        "Não precisa de fazer nada: a alteração é automática.",
        "Envie-nos uma cópia do seu documento de identificação para concluirmos a transferência.",
    ],
    "contacts": [
        "Se tiver alguma dúvida, ligue para a nossa linha de apoio, {phone}, ou escreva para {mail}.",
        "Pode contactar-nos pelo {phone}, de segunda a sexta, das 9h às 19h.",
        "Para qualquer esclarecimento, escreva para {mail} ou dirija-se a uma das nossas lojas.",
    ],
    "letter_signoffs": ["Com os melhores cumprimentos,", "Atenciosamente,"],
    "agent": "Atendente", "customer": "Cliente",
    "phone_greet": [
        "Boa tarde, obrigado por ligar para {org}, fala {agent_first}. Em que posso ajudar?",
        "Bom dia, {org}, o meu nome é {agent_first}. Como posso ajudar?",
    ],
    "phone_issue": [
        "Boa tarde. A minha última fatura veio muito alta, acho que a leitura do contador está errada.",
        "O meu {product} deixou de funcionar ontem e preciso dele para trabalhar.",
        "Estou a ligar por causa da encomenda {order}, que devia ter chegado a {date}.",
        "Mudei de casa no mês passado e as faturas continuam a ir para a morada antiga.",
        "Bom dia, fui cobrado duas vezes este mês e queria perceber porquê.",
    ],
    "phone_cust": [
        "Diz 04512.", "Sim, é isso.", "Está bem, e quando é que isso acontece?", "Ótimo, obrigado.",
        "Desculpe, pode repetir?", "O meu número de cliente é {order}.", "É {first} {last}, Rua das Flores, 25.",
        "Vou receber uma confirmação por e-mail?", "De manhã dá-me mais jeito.", "Já estou à espera há mais de uma semana.",
        "Pode ser, obrigado.",
    ],
    "phone_agent": [
        "Lamento o incómodo. Pode dizer-me o número que aparece no contador?",
        "Obrigada. A fatura usou uma estimativa de 05100, por isso já corrigi a leitura e enviei-lhe uma nova fatura por e-mail.",
        "Vou só abrir a sua ficha, é um momento.",
        "Pode confirmar o seu nome completo e a morada, por favor?",
        "Vejo o segundo pagamento de {date}; já o estornei e vai vê-lo na conta dentro de três a cinco dias úteis.",
        "Marquei a visita de um técnico para {date}, entre as 8h e as 13h. Ele liga meia hora antes de chegar.",
        "Compreendo, deve ser mesmo frustrante. Deixe-me ver o que posso fazer.",
        "Já atualizei a morada e a próxima fatura segue para a nova.",
    ],
    "phone_check": ["Há mais alguma coisa em que possa ajudar?", "Posso ajudar em mais alguma coisa?"],
    "phone_no": ["Não, era só isso.", "Não, obrigado, é tudo."],
    "phone_bye": ["Obrigada por ligar para {org}. Tenha um bom dia.", "Obrigado pela sua chamada, boa tarde."],
    "vm_greet": [
        "Olá, ligou para {agent_full}, do apoio ao cliente de {org}.",
        "Bom dia, ligou para a caixa de correio de {agent_full}, de {org}.",
    ],
    "vm_away": [
        "Neste momento não posso atender.", "Estou ausente do escritório até {date}.",
        "Estou de férias até {date}, com acesso limitado às mensagens.",
    ],
    "vm_callback": [
        "Deixe o seu nome, o seu número e uma breve mensagem, e devolvo a sua chamada até ao final do próximo dia útil.",
        "Deixe a sua mensagem após o sinal e ligarei de volta logo que possível.",
    ],
    "vm_extra": [
        "Se o assunto for urgente, ligue para a nossa linha geral, {phone}, disponível das 8h às 20h.",
        "Também pode consultar a sua conta, pagar faturas ou enviar a leitura do contador no nosso site.",
        "Tenha à mão o seu número de cliente quando voltar a ligar, para encontrarmos os seus dados mais depressa.",
        "Se ligar por causa de uma reclamação, indique a referência para que eu a possa consultar antes de ligar de volta.",
        "O nosso horário é de segunda a sexta, das 9h às 18h, exceto feriados.",
        "As mensagens deixadas depois das 16h de sexta-feira serão respondidas na segunda de manhã.",
    ],
}

IT = {
    "female": ["Giulia", "Chiara", "Anna", "Francesca", "Sara", "Elena", "Martina", "Laura", "Paola", "Valentina"],
    "male": ["Marco", "Luca", "Giovanni", "Andrea", "Matteo", "Paolo", "Davide", "Stefano", "Alessandro", "Roberto"],
    "last": ["Rossi", "Bianchi", "Verdi", "Russo", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Conti"],
    "title_f": "Sig.ra", "title_m": "Sig.",
    "orgs": ["Acme Energia", "Banca Adriatica", "Poste Rapide", "Telefonia Appennino", "Assicurazioni Lario", "Acqua Serena"],
    "depts": ["Servizio Clienti", "Ufficio Reclami", "Ufficio Fatturazione", "Assistenza Clienti"],
    "products": ["frullatore", "modem", "contatore", "decoder", "condizionatore", "televisore", "telefono"],
    "weekdays": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "months": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "currency": lambda a: f"{a:.2f} €".replace(".", ","),
    "phones": ["800 123 456", "02 1234 5678", "06 9876 5432", "800 900 100"],
    "subjects": [
        "Il rimborso per l'ordine {order}", "R: Fattura {order}", "La sua nuova tariffa", "R: {product} danneggiato",
        "Aggiornamento sul reclamo {ref}", "R: Cambio di indirizzo", "Il suo appuntamento del {date}", "R: Addebito diretto",
        "Conferma della disdetta", "R: Lettura del contatore",
    ],
    "salutations": ["Buongiorno {first},", "Gentile {title} {last},", "Salve {first},", "Gentile {first},", "Buonasera {first},"],
    "openers": [
        "grazie per averci scritto a proposito del {product}.",
        "grazie per il suo messaggio sull'ordine {order}, e ci scusiamo per il disagio.",
        "la ringrazio per la pazienza mentre verificavamo la situazione.",
        "mi dispiace che il {product} non funzioni come dovrebbe.",
    ],
    "body": [
        "Ho controllato l'ordine n. {order}: il {product} è arrivato danneggiato, quindi oggi le ho emesso un rimborso completo di {amount} sulla sua carta.",
        "Di solito l'accredito compare entro 3-5 giorni lavorativi, a seconda della banca.",
        "Non è necessario restituire il {product}; può smaltirlo presso l'isola ecologica.",
        "Ho aggiornato il suo indirizzo nei nostri sistemi e la prossima bolletta arriverà a quello nuovo.",
        "Da ora il suo contratto passa alla tariffa Prezzo Fisso, con una rata mensile di {amount}.",
        "Il nostro tecnico ha trovato un guasto sulla linea esterna e lo ha riparato stamattina.",
        "Ho lasciato una nota sulla sua posizione, così qualsiasi collega saprà cosa è successo.",
        "La penale per il ritardo di {amount} è stata annullata come gesto di cortesia.",
        "Il nuovo {product} è stato spedito oggi pomeriggio e dovrebbe arrivare entro due giorni lavorativi.",
        "Le ultime due bollette erano state calcolate su letture stimate e non su quelle reali.",
        "Abbiamo corretto la lettura e le abbiamo inviato una nuova bolletta via email.",
        "L'addebito diretto avverrà il giorno 15 di ogni mese, come ci ha chiesto.",
        "Il numero del suo reclamo è {ref}, nel caso debba contattarci di nuovo.",
        "Capisco benissimo quanto sia frustrante aspettare una consegna che non arriva.",
        "Il corriere ha confermato che il pacco è stato rimandato al nostro magazzino per errore.",
        "Ho fissato l'intervento di un tecnico per {date}, tra le 8 e le 13.",
        "Il suo contratto scade il {date} e dopo quella data il recesso è gratuito.",
        "Le abbiamo accreditato {amount} per il periodo in cui è rimasto senza servizio.",
        "La nuova carta arriverà in una busta anonima e il PIN con una lettera separata.",
        "In allegato trova la polizza in PDF; la copia cartacea è già stata spedita per posta.",
        "Il {date} c'è stato un problema nel nostro sistema di pagamento e alcuni clienti hanno ricevuto un doppio addebito.",
        "Il pagamento doppio è già stato stornato e tornerà sul suo conto entro venerdì.",
    ],
    "questions": [
        "Può inviarmi una foto del numero di serie del {product}?",
        "Preferisce un appuntamento al mattino o al pomeriggio?",
        "Può confermarmi le ultime quattro cifre della carta con cui ha pagato?",
        "Desidera ricevere le prossime bollette via email?",
        "La lettura nella foto è del {date}?",
    ],
    "rude": [
        "Come le ho già detto nell'ultima email, il rimborso è stato elaborato.",
        "Non è compito mio ricalcolare la fattura.",
        "Evidentemente non ha letto le condizioni del contratto.",
        "Non è colpa nostra se la banca ha respinto il pagamento.",
        "Non c'è niente che possiamo fare per il ritardo del corriere.",
        "Con tutto il rispetto, la lettura che ci ha inviato era sbagliata.",
        "Come dovrebbe sapere, il contratto non si può disdire nel primo anno.",
        "È inutile che insista, la penale resta.",
    ],
    "shouting": ["Per favore NON PAGHI la vecchia fattura.", "Il suo conto è IN RITARDO E SARÀ SOSPESO.", "Questo è l'ULTIMO SOLLECITO."],
    "exclaim": ["Il suo ordine è in viaggio!!", "Non ha ricevuto la nostra lettera?!", "Ottime notizie, il rimborso è fatto!!"],
    "placeholder_lines": ["Il suo numero di pratica è {ph}.", "La richiamerò al numero {ph}.", "Indichi {ph} nella causale del bonifico."],
    "placeholders": ["{{nome}}", "[NOME]", "[NOME CLIENTE]", "<inserire data>", "XXX", "{{nome_operatore}}", "[Numero Pratica]"],
    "closers": [
        "Se entro venerdì prossimo il rimborso non fosse ancora arrivato, risponda pure a questa email e me ne occuperò subito.",
        "Per qualsiasi altra domanda può rispondere a questa email o chiamarci al {phone}.",
        "Mi faccia sapere se posso esserle utile in altro.",
        "Grazie ancora per la pazienza e ci scusi per il disagio.",
    ],
    "signoffs": ["Cordiali saluti,", "Un cordiale saluto,", "Distinti saluti,", "Saluti,"],
    "quote_intro": "Il giorno {qdate} {cust_full} <{cust_mail}> ha scritto:",
    "cust_questions": [
        "Quando arriverà il rimborso?", "Perché mi avete addebitato due volte questo mese?", "Posso cambiare l'indirizzo di consegna?",
        "Devo restituire il {product}?", "Quanto tempo ci vorrà per la riparazione?", "C'è una penale per la disdetta?",
        "Vorrei sapere se il contratto si rinnova automaticamente.",
    ],
    "cust_lines": ["Ho ordinato un {product} tre settimane fa e non è ancora arrivato.", "È la terza volta che scrivo.", "Grazie in anticipo."],
    "letter_salutations": ["Gentile {title} {last},", "Gentile {first} {last},", "Gentile Cliente,"],
    "letter_openers": [
        "la ringraziamo per la sua lettera del {date} relativa al {product}.",
        "le scriviamo per informarla di una modifica al suo contratto.",
        "a seguito della sua telefonata del {date}, abbiamo verificato la sua posizione.",
        "le scriviamo in merito al saldo di {amount} ancora da pagare.",
    ],
    "next_steps": [
        "La preghiamo di firmare il contratto allegato e di restituircelo nella busta preaffrancata entro il {date}.",
        "La preghiamo di pagare l'importo di {amount} entro il {date}, indicando il codice di questa lettera.",
        "Non deve fare nulla: la modifica è automatica.",
        "Ci invii una copia del suo documento d'identità per completare il passaggio.",
    ],
    "contacts": [
        "Per qualsiasi domanda può chiamarci al numero verde {phone} oppure scriverci a {mail}.",
        "Può contattarci al {phone}, dal lunedì al venerdì dalle 8 alle 20.",
        "Per chiarimenti scriva a {mail} o si rivolga a uno dei nostri sportelli.",
    ],
    "letter_signoffs": ["Distinti saluti,", "Cordiali saluti,"],
    "agent": "Operatore", "customer": "Cliente",
    "phone_greet": [
        "Buongiorno, grazie per aver chiamato {org}, sono {agent_first}. Come posso aiutarla?",
        "Buonasera, {org}, sono {agent_first}. In cosa posso esserle utile?",
    ],
    "phone_issue": [
        "Buongiorno, l'ultima bolletta mi sembra troppo alta. Credo che la lettura del contatore sia sbagliata.",
        "Il mio {product} ha smesso di funzionare ieri e mi serve per lavorare.",
        "Chiamo per l'ordine {order}, doveva arrivare il {date}.",
        "Mi sono trasferito il mese scorso e le bollette arrivano ancora al vecchio indirizzo.",
        "Buonasera, questo mese mi avete addebitato due volte la stessa rata.",
    ],
    "phone_cust": [
        "Segna 04512.", "Sì, esatto.", "Va bene, e quando succederà?", "Perfetto, grazie.", "Scusi, può ripetere?",
        "Il mio codice cliente è {order}.", "{first} {last}, Via Garibaldi 14.", "Riceverò una conferma via email?",
        "Preferisco la mattina.", "Sono più di dieci giorni che aspetto.", "Va benissimo, grazie.",
    ],
    "phone_agent": [
        "Mi dispiace per l'inconveniente. Può leggermi il numero che vede sul contatore?",
        "Grazie. In bolletta era stata usata una stima di 05100, quindi ho corretto la lettura e le ho inviato una nuova bolletta via email.",
        "Apro subito la sua posizione, solo un attimo.",
        "Può confermarmi nome, cognome e indirizzo, per cortesia?",
        "Vedo il secondo addebito del {date}; l'ho già stornato e lo vedrà sul conto entro tre-cinque giorni lavorativi.",
        "Ho fissato un tecnico per {date} tra le 8 e le 13. La chiamerà mezz'ora prima di arrivare.",
        "Capisco, dev'essere davvero frustrante. Vediamo cosa posso fare.",
        "Ho aggiornato l'indirizzo e la prossima bolletta arriverà a quello nuovo.",
    ],
    "phone_check": ["Posso aiutarla in qualcos'altro?", "C'è altro che posso fare per lei?"],
    "phone_no": ["No, era tutto.", "No, è tutto, grazie."],
    "phone_bye": ["Grazie a lei per aver chiamato {org}. Buona giornata!", "Allora le auguro una buona serata."],
    "vm_greet": [
        "Buongiorno, ha raggiunto la segreteria di {agent_full} del servizio clienti di {org}.",
        "Salve, sono {agent_full} dell'ufficio reclami di {org}.",
    ],
    "vm_away": [
        "In questo momento non posso rispondere.", "Sarò fuori ufficio fino a {date}.",
        "Sarò in ferie fino a {date}, con accesso limitato ai messaggi.",
    ],
    "vm_callback": [
        "Lasci il suo nome, il numero di telefono e un breve messaggio: la richiamerò entro un giorno lavorativo.",
        "Lasci pure un messaggio dopo il segnale e la richiamerò appena possibile.",
    ],
    "vm_extra": [
        "Per urgenze può chiamare il numero verde {phone}, attivo dalle 8 alle 20.",
        "Può anche gestire il suo contratto, pagare le bollette o comunicare la lettura del contatore sul nostro sito.",
        "Quando richiama, tenga a portata di mano il suo codice cliente: ci aiuta a trovare subito i suoi dati.",
        "Se chiama per un reclamo, lasci il numero di pratica così potrò consultarlo prima di richiamarla.",
        "I nostri uffici sono aperti dal lunedì al venerdì dalle 9 alle 18, festivi esclusi.",
        "I messaggi lasciati dopo le 16 del venerdì riceveranno risposta il lunedì mattina.",
    ],
}

TR = {
    "female": ["Ayşe", "Elif", "Zeynep", "Selin", "Fatma", "Merve", "Derya", "Esra", "Gül", "Seda"],
    "male": ["Mehmet", "Can", "Burak", "Emre", "Ahmet", "Murat", "Kerem", "Oğuz", "Serkan", "Mustafa"],
    "last": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Koç"],
    "title_f": "Hanım", "title_m": "Bey",
    "orgs": ["Marmara Elektrik", "Anadolu Sigorta", "Ege Telekom", "Boğaziçi Bankası", "Acme Enerji", "Kuzey Kargo"],
    "depts": ["Müşteri Hizmetleri", "Faturalama Birimi", "Şikâyet Birimi", "Müşteri İlişkileri"],
    "products": ["blender", "modem", "sayaç", "banka kartı", "tarife", "kasko poliçesi", "kombi"],
    "weekdays": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "months": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "currency": lambda a: f"{a:.2f} TL".replace(".", ","),
    "phones": ["0850 123 45 67", "444 0 123", "0212 555 01 99", "0312 444 55 66"],
    "subjects": [
        "{order} numaralı siparişinizin iadesi", "Ynt: {order} numaralı fatura", "Tarife değişikliği hakkında",
        "Ynt: Hasarlı ürün", "{ref} numaralı şikâyetiniz", "Ynt: Adres değişikliği", "Randevunuz hakkında",
        "Ynt: Otomatik ödeme talimatı", "Abonelik iptal onayı", "Ynt: Sayaç okuması",
    ],
    "salutations": ["Merhaba {first} {title},", "Sayın {first} {last},", "İyi günler {first} {title},", "Değerli Müşterimiz,"],
    "openers": [
        "Bizimle iletişime geçtiğiniz için teşekkür ederiz.",
        "{order} numaralı siparişinizle ilgili mesajınız için teşekkürler, yaşadığınız sorun için özür dileriz.",
        "Konuyu incelerken gösterdiğiniz sabır için teşekkür ederim.",
        "Ürününüzün beklendiği gibi çalışmadığını duyduğuma üzüldüm.",
    ],
    "body": [
        "{order} numaralı siparişinizi kontrol ettim: ürün hasarlı ulaşmış, bu nedenle bugün kartınıza {amount} tutarında tam iade yaptım.",
        "Bankanıza bağlı olarak tutarın hesabınıza yansıması 3-7 iş günü sürebilir.",
        "Ürünü geri göndermenize gerek yoktur.",
        "Adresinizi sistemimizde güncelledim, bir sonraki faturanız yeni adresinize gönderilecektir.",
        "Aboneliğiniz Sabit Tarife'ye geçirildi; aylık ödemeniz {amount} olacaktır.",
        "Teknik ekibimiz dış hatta bir arıza tespit etti ve bu sabah giderdi.",
        "Hesabınıza bir not ekledim; görüşeceğiniz tüm arkadaşlarım durumu bilecektir.",
        "Gecikme bedeli olan {amount} iyi niyet göstergesi olarak iptal edildi.",
        "Yeni ürününüz bugün öğleden sonra kargoya verildi ve iki iş günü içinde elinize ulaşacaktır.",
        "Son iki faturanız gerçek okuma yerine tahmini okumaya göre hesaplanmış.",
        "Sayaç okumasını düzelttik ve yeni faturanızı e-posta adresinize gönderdik.",
        "Otomatik ödeme talimatınız isteğiniz üzerine her ayın 15'inde tahsil edilecektir.",
        "Tekrar ulaşmanız gerekirse şikâyet numaranız {ref}.",
        "Gelmeyen bir teslimatı beklemenin ne kadar can sıkıcı olduğunu çok iyi anlıyorum.",
        "Kargo firması paketin yanlışlıkla depomuza geri gönderildiğini doğruladı.",
        "Teknisyen ziyaretinizi {date} tarihinde saat 08.00 ile 13.00 arasına planladım.",
        "Sözleşmeniz {date} tarihinde sona eriyor; bu tarihten sonra cayma bedeli uygulanmaz.",
        "Hizmet alamadığınız süre için hesabınıza {amount} tutarında indirim tanımladık.",
        "Yeni kartınız isimsiz bir zarfla gelecek, şifreniz ise ayrı bir mektupla gönderilecektir.",
        "Poliçenizi PDF olarak ekte bulabilirsiniz; basılı kopyası da posta ile gönderildi.",
        "{date} tarihinde ödeme sistemimizde yaşanan bir sorun nedeniyle bazı müşterilerimizden iki kez tahsilat yapıldı.",
        "Mükerrer ödeme iade edildi ve cuma gününe kadar hesabınıza yansıyacaktır.",
    ],
    "questions": [
        "Ürünün arkasındaki seri numarasının fotoğrafını gönderebilir misiniz?",
        "Randevu için sabah mı, öğleden sonra mı sizin için daha uygun?",
        "Ödeme yaptığınız kartın son dört hanesini teyit edebilir misiniz?",
        "Faturalarınızı bundan sonra e-posta ile almak ister misiniz?",
        "Fotoğraftaki sayaç okuması {date} tarihine mi ait?",
    ],
    "rude": [
        "Daha önce de söylediğim gibi, iadeniz yapıldı.",
        "Bu benim işim değil, fatura birimini aramanız gerekiyor.",
        "Kargo firmasının gecikmesi bizim suçumuz değil.",
        "E-postalarımızı okumadınız mı?",
        "Yapabileceğimiz bir şey yok, sözleşme ilk yıl iptal edilemez.",
        "Size zaten söyledim, gönderdiğiniz okuma yanlıştı.",
        "Kusura bakmayın ama bu bedel iade edilmez.",
        "Kural kuraldır, gecikme bedeli kalacak.",
    ],
    "shouting": ["Lütfen ESKİ FATURAYI ÖDEMEYİN.", "Hesabınız GECİKMEDE VE KAPATILACAK.", "Bu SON UYARIDIR."],
    "exclaim": ["Siparişiniz yola çıktı!!", "Mektubumuzu almadınız mı?!", "İadeniz tamamlandı!!"],
    "placeholder_lines": ["Referans numaranız: {ph}.", "Sizi {ph} numarasından geri arayacağım.", "Ödeme yaparken açıklamaya {ph} yazınız."],
    "placeholders": ["{{ad}}", "[AD SOYAD]", "[MÜŞTERİ ADI]", "<tarih girin>", "XXX", "{{temsilci_adi}}", "[Abone Numarası]"],
    "closers": [
        "İade cuma gününe kadar hesabınıza yansımazsa bu e-postayı yanıtlamanız yeterli, hemen ilgileneceğim.",
        "Başka sorularınız olursa bu e-postayı yanıtlayabilir ya da {phone} numaralı müşteri hizmetlerimizi arayabilirsiniz.",
        "Size yardımcı olabileceğim başka bir konu olursa lütfen bildirin.",
        "Sabrınız için tekrar teşekkür eder, yaşanan aksaklık için özür dileriz.",
    ],
    "signoffs": ["Saygılarımla,", "Saygılarımızla,", "İyi günler dilerim,", "İyi çalışmalar,"],
    "quote_intro": "{qdate} tarihinde {cust_full} <{cust_mail}> şunu yazdı:",
    "cust_questions": [
        "İadem ne zaman hesabıma geçer?", "Bu ay neden iki kez ödeme alındı?", "Teslimat adresini değiştirebilir miyim?",
        "Ürünü geri göndermem gerekiyor mu?", "Tamir ne kadar sürer?", "Aboneliği iptal etmenin bir bedeli var mı?",
        "Sözleşmemin otomatik olarak yenilenip yenilenmediğini öğrenmek istiyorum.",
    ],
    "cust_lines": ["Üç hafta önce sipariş verdim, hâlâ gelmedi.", "Bu konuda üçüncü kez yazıyorum.", "Şimdiden teşekkürler."],
    "letter_salutations": ["Sayın {first} {last},", "Sayın {first} {title},", "Değerli Müşterimiz,"],
    "letter_openers": [
        "{date} tarihli mektubunuz için teşekkür ederiz.",
        "Hesabınızda yapılacak bir değişiklik hakkında sizi bilgilendirmek isteriz.",
        "{date} tarihindeki telefon görüşmemizin ardından hesabınızı inceledik.",
        "Hesabınızda ödenmemiş {amount} tutarındaki borç hakkında yazıyoruz.",
    ],
    "next_steps": [
        "Lütfen ekteki formu {date} tarihine kadar imzalayıp bize geri gönderin.",
        "Lütfen {amount} tutarındaki borcunuzu {date} tarihine kadar bu mektuptaki referans numarasıyla ödeyin.",
        "Herhangi bir işlem yapmanıza gerek yoktur; değişiklik otomatik olarak yapılacaktır.",
        "Devir işlemini tamamlayabilmemiz için kimlik belgenizin bir kopyasını gönderin.",
    ],
    "contacts": [
        "Sorularınız için {phone} numaralı çağrı merkezimizi arayabilir ya da {mail} adresine yazabilirsiniz.",
        "Hafta içi 08.00-20.00 saatleri arasında {phone} numarasından bize ulaşabilirsiniz.",
        "Her türlü sorunuz için {mail} adresine yazabilir ya da şubelerimize başvurabilirsiniz.",
    ],
    "letter_signoffs": ["Saygılarımızla,", "Saygılarımla,"],
    "agent": "Temsilci", "customer": "Müşteri",
    "phone_greet": [
        "İyi günler, {org} müşteri hizmetleri, ben {agent_first}. Size nasıl yardımcı olabilirim?",
        "Merhaba, {org} çağrı merkezi, benim adım {agent_first}. Size nasıl yardımcı olabilirim?",
    ],
    "phone_issue": [
        "Merhaba. Bu ay faturam çok yüksek geldi, sayaç okuması yanlış olabilir.",
        "Dün modemim çalışmayı bıraktı, iş için ihtiyacım var.",
        "{order} numaralı siparişim için arıyorum, {date} tarihinde gelmesi gerekiyordu.",
        "Geçen ay taşındım ama faturalar hâlâ eski adrese geliyor.",
        "İyi günler, bu ay kartımdan iki kez ödeme alınmış.",
    ],
    "phone_cust": [
        "4471290.", "Evet, doğru.", "Tamam, bu ne zaman olur?", "Harika, teşekkürler.", "Pardon, tekrar eder misiniz?",
        "Abone numaram {order}.", "{first} {last}, Atatürk Caddesi 12.", "E-posta ile onay gelecek mi?",
        "Sabah benim için daha uygun.", "Bir haftadan fazladır bekliyorum.", "Olur, teşekkür ederim.",
    ],
    "phone_agent": [
        "Yaşadığınız durum için üzgünüm, hemen kontrol edeyim. Abone numaranızı alabilir miyim?",
        "Teşekkür ederim. Sayaç okumasının yanlış girildiğini görüyorum; faturanızı düzelttim.",
        "Hesabınızı açıyorum, bir dakika lütfen.",
        "Adınızı, soyadınızı ve adresinizi teyit edebilir misiniz?",
        "{date} tarihli ikinci ödemeyi görüyorum; iadesini yaptım, üç ile beş iş günü içinde hesabınıza yansır.",
        "{date} tarihi için 08.00 ile 13.00 arasına teknisyen randevusu oluşturdum. Gelmeden yarım saat önce sizi arayacak.",
        "Anlıyorum, gerçekten can sıkıcı bir durum. Neler yapabileceğime bakayım.",
        "Adresinizi güncelledim, bir sonraki faturanız yeni adresinize gelecek.",
    ],
    "phone_check": ["Size yardımcı olabileceğim başka bir konu var mı?", "Başka bir sorunuz var mı?"],
    "phone_no": ["Hayır, sağ olun.", "Yok, teşekkürler."],
    "phone_bye": ["Ben teşekkür ederim, iyi günler dilerim.", "Rica ederim, iyi akşamlar."],
    "vm_greet": [
        "Merhaba, {org} müşteri hizmetlerinden {agent_full} ile bağlantı kurdunuz.",
        "{org} müşteri hizmetlerini aradığınız için teşekkür ederiz. Ben {agent_full}.",
    ],
    "vm_away": [
        "Şu anda telefona cevap veremiyorum.", "{date} tarihine kadar ofis dışındayım.",
        "{date} tarihine kadar yıllık izindeyim.",
    ],
    "vm_callback": [
        "Lütfen adınızı, telefon numaranızı ve kısaca konunuzu bırakın; size bir iş günü içinde dönüş yapacağım.",
        "Mesajınızı bırakırsanız en kısa sürede sizi geri arayacağım.",
    ],
    "vm_extra": [
        "Acil konular için {phone} numaralı müşteri hizmetlerimizi 08.00-20.00 saatleri arasında arayabilirsiniz.",
        "Hesabınızı yönetmek, fatura ödemek ya da sayaç okumanızı bildirmek için internet sitemizi de kullanabilirsiniz.",
        "Tekrar aradığınızda abone numaranızı hazır bulundurursanız bilgilerinize daha hızlı ulaşabiliriz.",
        "Bir şikâyetle ilgili arıyorsanız lütfen şikâyet numaranızı bırakın, sizi aramadan önce inceleyeyim.",
        "Çalışma saatlerimiz resmî tatiller hariç hafta içi 09.00-18.00 arasıdır.",
        "Cuma 16.00'dan sonra bırakılan mesajlara pazartesi sabahı dönüş yapılır.",
    ],
}

BANKS = {"en": EN, "pt": PT, "it": IT, "tr": TR}
DOMAINS = {"en": "example.com", "pt": "example.pt", "it": "example.it", "tr": "example.com.tr"}
TODAY = dt.date(2026, 12, 1)


def slug(s: str) -> str:
    table = str.maketrans("çğıöşüâãáàéêíóôõúÇĞİÖŞÜ", "cgiosuaaaaeeiooouCGIOSU")
    return "".join(ch for ch in s.translate(table).lower() if ch.isalnum())


class Doc:
    """Per-document values; {date} and {ph} are fresh at every use."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang, self.b = rng, lang, BANKS[lang]
        b = self.b
        self.cust_f = rng.random() < 0.5
        self.values = {
            "first": rng.choice(b["female"] if self.cust_f else b["male"]),
            "last": rng.choice(b["last"]),
            "title": b["title_f"] if self.cust_f else b["title_m"],
            "org": rng.choice(b["orgs"]),
            "dept": rng.choice(b["depts"]),
            "product": rng.choice(b["products"]),
            "order": str(rng.randint(10000, 99999)),
            "ref": f"C-{rng.randint(100000, 999999)}",
            "phone": rng.choice(b["phones"]),
        }
        af = rng.random() < 0.5
        self.values["agent_first"] = rng.choice(b["female"] if af else b["male"])
        self.values["agent_full"] = f'{self.values["agent_first"]} {rng.choice(b["last"])}'
        self.values["cust_full"] = f'{self.values["first"]} {self.values["last"]}'
        dom = DOMAINS[lang]
        self.values["cust_mail"] = f'{slug(self.values["first"])}.{slug(self.values["last"])}@{dom}'
        self.values["mail"] = f'help@{slug(self.values["org"])}.{dom}'
        self.values["agent_mail"] = f'{slug(self.values["agent_first"])}@{slug(self.values["org"])}.{dom}'

    def date(self) -> str:
        rng, b = self.rng, self.b
        d = TODAY + dt.timedelta(days=rng.randint(-400, 300))
        wd, mon = b["weekdays"][d.weekday()], b["months"][d.month - 1]
        style = rng.randrange(4)
        if self.lang == "en":
            forms = [f"{wd}, {mon} {d.day}, {d.year}", f"{d.day} {mon} {d.year}", d.isoformat(), f"{wd} {d.day} {mon}"]
        elif self.lang == "pt":
            forms = [f"{d.day} de {mon} de {d.year}", f"{wd}, {d.day} de {mon} de {d.year}", f"{d:%d/%m/%Y}", f"{wd}, {d.day} de {mon}"]
        elif self.lang == "it":
            forms = [f"{wd} {d.day} {mon} {d.year}", f"{d.day} {mon} {d.year}", f"{d:%d/%m/%Y}", f"{wd} {d.day} {mon}"]
        else:
            forms = [f"{d.day} {mon} {d.year}", f"{d.day} {mon} {d.year} {wd}", f"{d:%d.%m.%Y}", f"{d.day} {mon} {wd}"]
        return forms[style]

    def fill(self, template: str) -> str:
        doc = self

        class Slots(dict):
            def __missing__(self, key):
                if key == "date":
                    return doc.date()
                if key == "ph":
                    return doc.rng.choice(doc.b["placeholders"])
                if key == "amount":
                    return doc.b["currency"](doc.rng.randint(500, 40000) / 100)
                raise KeyError(key)

        # literal braces of placeholders such as {{first_name}} survive: they come from {ph}
        return template.format_map(Slots(self.values))

    def pick(self, key: str) -> str:
        return self.fill(self.rng.choice(self.b[key]))


def words(parts) -> int:
    return sum(len(p.split()) for p in parts)


def spice(doc: Doc, sentences: list[str], rude_p=0.3, ph_p=0.2, caps_p=0.06, excl_p=0.06, q_p=0.5) -> list[str]:
    """Insert the occasional rude sentence, placeholder, shouting, '!!' and question."""
    rng = doc.rng
    extra = []
    if rng.random() < rude_p:
        extra.append(doc.pick("rude"))
    if rng.random() < ph_p:
        extra.append(doc.pick("placeholder_lines"))
    if rng.random() < caps_p:
        extra.append(doc.pick("shouting"))
    if rng.random() < excl_p:
        extra.append(doc.pick("exclaim"))
    if rng.random() < q_p:
        extra.append(doc.pick("questions"))
    for s in extra:
        sentences.insert(rng.randint(0, len(sentences)), s)
    return sentences


def body_sentences(doc: Doc, n_words: int) -> list[str]:
    out: list[str] = []
    pool = list(doc.b["body"])
    doc.rng.shuffle(pool)
    i = 0
    while words(out) < n_words:
        out.append(doc.fill(pool[i % len(pool)]))
        i += 1
    return out


def paragraphs(rng: random.Random, sentences: list[str]) -> list[str]:
    paras, i = [], 0
    while i < len(sentences):
        k = rng.randint(2, 4)
        paras.append(" ".join(sentences[i : i + k]))
        i += k
    return paras


# words per channel: (low, high, mode); a voicemail greeting or a call script is shorter
RANGES = {"email": (80, 400, 140), "letter": (100, 400, 170), "phone": (80, 300, 110), "voicemail": (80, 150, 80)}


def target_words(rng: random.Random, channel="email") -> int:
    return int(rng.triangular(*RANGES[channel]))


def draft(rng: random.Random, lang: str, channel: str) -> str:
    """One draft of 80-400 words (drafts outside the range are drawn again)."""
    while True:
        text = MAKERS[channel](Doc(rng, lang), target_words(rng, channel))
        if 80 <= len(text.split()) <= 400:
            return text


def email(doc: Doc, target: int, with_subject=True) -> tuple[str, str]:
    """Returns (subject, body). The body is the draft without the Subject line."""
    rng, b = doc.rng, doc.b
    subject = doc.pick("subjects")
    salutation = doc.pick("salutations")
    if rng.random() < 0.08:  # unfilled name in the greeting
        salutation = salutation.replace(doc.values["first"], rng.choice(b["placeholders"][:3]))
    opener = doc.pick("openers")
    closer = doc.pick("closers")
    signoff = rng.choice(b["signoffs"])
    signature = f'{doc.values["agent_full"]}\n{doc.values["org"]} {doc.values["dept"]}'
    quoted = ""
    if rng.random() < 0.35:
        qs = [doc.pick("cust_questions") for _ in range(rng.randint(1, 2))]
        lines = [doc.pick("cust_lines")] + qs + [doc.values["cust_full"]]
        qd = TODAY - dt.timedelta(days=rng.randint(1, 20))
        intro = b["quote_intro"].format(qdate=f"{qd:%d/%m/%Y} {rng.randint(8, 19)}:{rng.randint(0, 59):02d}", **doc.values)
        quoted = "\n\n" + intro + "\n" + "\n".join("> " + l for l in lines)
    fixed = words([subject, salutation, opener, closer, signoff, signature, quoted])
    body = spice(doc, body_sentences(doc, max(10, target - fixed)))
    # Italian emails continue the greeting line with a lower-case sentence: keep it so
    paras = paragraphs(rng, [opener] + body)
    text = salutation + "\n\n" + "\n\n".join(paras) + "\n\n" + closer + "\n\n" + signoff + "\n" + signature + quoted + "\n"
    return subject, text


def email_file(doc: Doc, target: int) -> str:
    subject, body = email(doc, target)
    key = {"en": "Subject", "pt": "Assunto", "it": "Oggetto", "tr": "Subject"}[doc.lang]
    return f"{key}: {subject}\n\n{body}"


def letter(doc: Doc, target: int) -> str:
    rng, b = doc.rng, doc.b
    head = ""
    if rng.random() < 0.4:
        street = {"en": "12 Station Road", "pt": "Rua das Flores, 25", "it": "Via Garibaldi 14", "tr": "Atatürk Cad. No: 12"}[doc.lang]
        city = {"en": "Bristol BS1 4DJ", "pt": "1200-195 Lisboa", "it": "48121 Ravenna", "tr": "34000 Kadıköy/İstanbul"}[doc.lang]
        head = f'{doc.values["cust_full"]}\n{street}\n{city}\n\n{doc.date()}\n\n'
    sal = doc.pick("letter_salutations")
    opener = doc.pick("letter_openers")
    nxt, contact = doc.pick("next_steps"), doc.pick("contacts")
    signoff = rng.choice(b["letter_signoffs"])
    sig = f'{doc.values["agent_full"]}\n{doc.values["dept"]}, {doc.values["org"]}'
    fixed = words([head, sal, opener, nxt, contact, signoff, sig])
    body = spice(doc, body_sentences(doc, max(10, target - fixed)), q_p=0.2)
    paras = paragraphs(rng, [opener] + body)
    return head + sal + "\n\n" + "\n\n".join(paras) + "\n\n" + nxt + "\n\n" + contact + "\n\n" + signoff + "\n\n" + sig + "\n"


def phone(doc: Doc, target: int) -> str:
    rng, b = doc.rng, doc.b
    A, C = b["agent"], b["customer"]
    turns = [(A, doc.pick("phone_greet")), (C, doc.pick("phone_issue"))]
    tail = [(A, doc.pick("phone_check")), (C, doc.pick("phone_no")), (A, doc.pick("phone_bye"))]
    if rng.random() < 0.1:  # a script that forgets to ask whether anything else is needed
        tail = tail[2:]
    fixed = words(t for _, t in tail) + 2 * len(tail)
    spiced = spice(doc, [], rude_p=0.25, ph_p=0.12, q_p=0.6)
    agent_lines, cust_lines = list(b["phone_agent"]), list(b["phone_cust"])
    rng.shuffle(agent_lines)
    rng.shuffle(cust_lines)
    i = 0
    while words(t for _, t in turns) + 2 * len(turns) + fixed < target and i < len(agent_lines):
        line = doc.fill(agent_lines[i])
        if spiced and rng.random() < 0.4:
            line = line + " " + spiced.pop()
        turns.append((A, line))
        turns.append((C, doc.fill(cust_lines[i % len(cust_lines)])))
        i += 1
    if rng.random() < 0.15:  # a customer shouting: not the agent's fault
        turns.insert(3, (C, rng.choice(b["shouting"]) + " " + rng.choice(b["exclaim"])))
    return "".join(f"{who}: {text}\n" for who, text in turns + tail)


def voicemail(doc: Doc, target: int) -> str:
    rng, b = doc.rng, doc.b
    parts = [doc.pick("vm_greet"), doc.pick("vm_away")]
    cb = doc.pick("vm_callback") if rng.random() < 0.9 else ""
    extras = list(b["vm_extra"])
    rng.shuffle(extras)
    i = 0
    while words(parts + [cb]) < target and i < len(extras):
        parts.append(doc.fill(extras[i]))
        i += 1
    if rng.random() < 0.1:
        parts.append(doc.pick("placeholder_lines"))
    if rng.random() < 0.05:
        parts.append(doc.pick("rude"))
    if cb:
        parts.append(cb)
    lines, i = [], 0
    while i < len(parts):
        k = rng.randint(1, 3)
        lines.append(" ".join(parts[i : i + k]))
        i += k
    return "\n".join(lines) + "\n"


MAKERS = {"email": email_file, "letter": letter, "phone": phone, "voicemail": voicemail}


def write_tree(out: Path, mb: float, seed: int, langs=LANGS) -> tuple[int, int]:
    rng = random.Random(f"tree:{seed}")
    limit = int(mb * MB)
    counters = {}
    total = files = 0
    for lang in langs:
        for ch in CHANNELS:
            (out / lang / ch).mkdir(parents=True, exist_ok=True)
    while total < limit:
        lang, ch = rng.choice(langs), rng.choice(CHANNELS)
        data = draft(rng, lang, ch).encode("utf-8")
        n = counters.get((lang, ch), 0) + 1
        counters[(lang, ch)] = n
        (out / lang / ch / f"{n:05d}.txt").write_bytes(data)
        total += len(data)
        files += 1
    return files, total


def mbox_date(rng: random.Random, i: int) -> tuple[str, str]:
    t = dt.datetime(2024, 1, 1, 8, 0) + dt.timedelta(minutes=7 * i + rng.randint(0, 6))
    from_line = t.strftime("%a %b %d %H:%M:%S %Y")
    header = t.strftime("%a, %d %b %Y %H:%M:%S +0000")
    return from_line, header


def write_mbox(path: Path, mb: float, seed: int, langs=LANGS) -> tuple[int, int]:
    rng = random.Random(f"mbox:{seed}")
    limit = int(mb * MB)
    total = n = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        while total < limit:
            n += 1
            lang = rng.choice(langs)
            doc = Doc(rng, lang)
            subject, body = email(doc, target_words(rng, "email"))
            body = "\n".join(">" + l if l.startswith("From ") else l for l in body.split("\n"))
            from_line, date = mbox_date(rng, n)
            v = doc.values
            msg = (
                f"From {v['agent_mail']} {from_line}\n"
                f"From: {v['agent_full']} <{v['agent_mail']}>\n"
                f"To: {v['cust_full']} <{v['cust_mail']}>\n"
                f"Subject: {subject}\n"
                f"Date: {date}\n"
                f"Message-ID: <{n:07d}.{rng.randrange(16**8):08x}@bench.tact.example>\n"
                f"MIME-Version: 1.0\n"
                f"Content-Type: text/plain; charset=utf-8\n"
                f"Content-Transfer-Encoding: 8bit\n"
                f"\n{body}\n"
            )
            data = msg.encode("utf-8")
            f.write(data)
            total += len(data)
    return n, total


def write_one_page(path: Path, seed: int) -> int:
    rng = random.Random(f"page:{seed}")
    doc = Doc(rng, "en")
    text = email_file(doc, 420)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return len(text.split())


def write_phrases(path: Path) -> int:
    seen, out = set(), []
    for lang in LANGS:
        with open(REPO / "rules" / lang / "tone.toml", "rb") as f:
            data = tomllib.load(f)
        for rule in data.get("rule", []):
            if rule.get("id") != "tone.discourteous":
                continue
            for p in rule.get("phrases", []):
                text = p if isinstance(p, str) else p["text"]
                if text not in seen:
                    seen.add(text)
                    out.append(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return len(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="write a tree DIR/<lang>/<channel>/NNNNN.txt")
    ap.add_argument("--mbox", type=Path, help="write one .mbox archive of email messages")
    ap.add_argument("--mb", type=float, default=None, help="size in MB (10^6 bytes); default 10 for --out, 100 for --mbox")
    ap.add_argument("--one-page", type=Path, help="write one one-page email draft")
    ap.add_argument("--phrases", type=Path, help="write the tone.discourteous phrases, one per line")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--langs", default=",".join(LANGS), help="languages of --out and --mbox (default: en,pt,it,tr)")
    a = ap.parse_args(argv)
    if not (a.out or a.mbox or a.one_page or a.phrases):
        ap.error("nothing to do: give --out, --mbox, --one-page or --phrases")
    langs = [l for l in a.langs.split(",") if l]
    if not langs or any(l not in LANGS for l in langs):
        ap.error(f"--langs: a comma-separated list of {','.join(LANGS)}")
    if a.out:
        files, total = write_tree(a.out, a.mb if a.mb is not None else 10, a.seed, langs)
        print(f"{a.out}: {files} files, {total} bytes", file=sys.stderr)
    if a.mbox:
        n, total = write_mbox(a.mbox, a.mb if a.mb is not None else 100, a.seed, langs)
        print(f"{a.mbox}: {n} messages, {total} bytes", file=sys.stderr)
    if a.one_page:
        w = write_one_page(a.one_page, a.seed)
        print(f"{a.one_page}: {w} words", file=sys.stderr)
    if a.phrases:
        n = write_phrases(a.phrases)
        print(f"{a.phrases}: {n} phrases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
